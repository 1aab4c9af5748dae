package io.coastwatch.sim.motion;

/**
 * A position in WGS-84 degrees. Immutable.
 *
 * @param lon longitude in degrees, -180 to 180
 * @param lat latitude in degrees, -90 to 90
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a position: lon " + lon + ", lat " + lat);
        }
    }
}
