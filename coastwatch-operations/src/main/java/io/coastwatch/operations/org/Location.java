package io.coastwatch.operations.org;

/**
 * Where a unit, a landmark or a place sits, in WGS-84 degrees. Immutable.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param approximate whether the position is known only roughly (say where it comes from in the data's notes)
 */
public record Location(double latitude, double longitude, boolean approximate) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
        }
    }
}
