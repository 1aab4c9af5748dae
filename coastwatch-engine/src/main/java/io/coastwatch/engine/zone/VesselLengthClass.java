package io.coastwatch.engine.zone;

/**
 * Length classes of fishing vessels (length overall) that Decree 26/2019/ND-CP Art. 43 assigns to
 * the fishing zones: {@link #UNDER_12_M} fish only in the coastal zone (vùng ven bờ),
 * {@link #FROM_12_TO_15_M} only in the inshore zone (vùng lộng), {@link #FROM_15_M} only offshore
 * (vùng khơi).
 */
public enum VesselLengthClass {
    /** Length overall under 12 m. */
    UNDER_12_M,
    /** Length overall from 12 m to under 15 m. */
    FROM_12_TO_15_M,
    /** Length overall of 15 m or more. */
    FROM_15_M;

    /** The class of a vessel of {@code lengthMetres} overall. */
    public static VesselLengthClass of(double lengthMetres) {
        if (lengthMetres < 12) {
            return UNDER_12_M;
        }
        return lengthMetres < 15 ? FROM_12_TO_15_M : FROM_15_M;
    }
}
