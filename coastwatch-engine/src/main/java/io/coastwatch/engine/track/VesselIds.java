package io.coastwatch.engine.track;

/**
 * Vessel identifiers. A vessel heard on AIS is identified by its MMSI (a positive number below
 * 2^30); a vessel known only from VMS or the registry gets an identifier from
 * {@link #FIRST_NON_AIS_ID} up, assigned by the engine and stable across restarts (it is stored).
 */
public final class VesselIds {
    /** First identifier of vessels without an MMSI. */
    public static final long FIRST_NON_AIS_ID = 1L << 32;

    private VesselIds() {
    }

    /** The identifier of the vessel that transmits with {@code mmsi}. */
    public static long ofMmsi(int mmsi) {
        return Integer.toUnsignedLong(mmsi);
    }

    /** Whether {@code vesselId} is an MMSI. */
    public static boolean isMmsi(long vesselId) {
        return vesselId >= 0 && vesselId < FIRST_NON_AIS_ID;
    }
}
