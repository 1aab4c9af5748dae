package io.coastwatch.operations.cases;

/**
 * Where a case happened: a point, a zone (an area of the zones' catalogue), both, or neither when it is
 * not known yet. Immutable.
 *
 * @param latitude degrees north, or {@code null}
 * @param longitude degrees east, or {@code null} (given with the latitude or not at all)
 * @param zoneId the zone it happened in, or {@code null}
 */
public record CasePlace(Double latitude, Double longitude, String zoneId) {

    /** Nowhere known yet. */
    public static final CasePlace UNKNOWN = new CasePlace(null, null, null);

    public CasePlace {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a point needs both its latitude and its longitude");
        }
        if (latitude != null && !(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("no point at " + latitude + ", " + longitude);
        }
    }

    /** A point, or {@link #UNKNOWN} when either degree is {@code NaN}. */
    public static CasePlace point(double latitude, double longitude) {
        return Double.isNaN(latitude) || Double.isNaN(longitude) ? UNKNOWN : new CasePlace(latitude, longitude, null);
    }

    /** Whether a point is known. */
    public boolean hasPoint() {
        return latitude != null;
    }
}
