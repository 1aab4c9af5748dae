package io.coastwatch.operations.indicator;

/**
 * Where a counted record was at sea, in degrees (WGS 84): an alert's position, drawn on the review's
 * heat map. Immutable.
 */
public record Position(double latitude, double longitude) {
    public Position {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
        }
    }
}
