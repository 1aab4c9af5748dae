package io.coastwatch.engine.zone.index;

/**
 * Which side of one national-limit line Vietnamese waters lie on, and what said so.
 *
 * @param sign {@code +1} to the left of the line as drawn (from its first point to its last),
 *     {@code -1} to its right
 * @param source where the side was learnt
 */
public record VietnameseSide(int sign, Source source) {

    /** Where a side was learnt, from the most to the least authoritative. */
    public enum Source {
        /** The limit's own {@value NationalLimitSides#SIDE_PROPERTY} property. */
        PROPERTY,
        /** The limit's own {@value NationalLimitSides#POINT_PROPERTY} property: a point on the Vietnamese side. */
        REFERENCE_POINT,
        /** The foreign-waters zones beside the line: Vietnamese waters are on the other side. */
        FOREIGN_WATERS,
        /** Nothing in the data: the side of the nearest land, a guess (wrong near offshore islands). */
        NEAREST_LAND
    }

    public VietnameseSide {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("side must be +1 (left) or -1 (right), not " + sign);
        }
    }

    /** Whether the side comes from the data (not from the land guess). */
    public boolean fromData() {
        return source != Source.NEAREST_LAND;
    }
}
