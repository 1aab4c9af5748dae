package io.coastwatch.engine.zone.geojson;

/**
 * One thing wrong with one feature of an imported document.
 *
 * @param featureIndex index of the feature in the {@code features} array, from 0
 * @param zoneId the feature's {@code id} property, or {@code null} when it has none
 * @param message what is wrong (for geometry, the JTS {@code IsValidOp} error)
 * @param longitude where it is wrong, or NaN when the problem has no position
 * @param latitude where it is wrong, or NaN when the problem has no position
 */
public record ZoneProblem(int featureIndex, String zoneId, String message, double longitude, double latitude) {

    /** A problem without a position. */
    public ZoneProblem(int featureIndex, String zoneId, String message) {
        this(featureIndex, zoneId, message, Double.NaN, Double.NaN);
    }

    @Override
    public String toString() {
        String where = Double.isNaN(longitude) ? "" : " at (" + longitude + ", " + latitude + ")";
        return "feature " + featureIndex + (zoneId == null ? "" : " (" + zoneId + ")") + ": " + message + where;
    }
}
