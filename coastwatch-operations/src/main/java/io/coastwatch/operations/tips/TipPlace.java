package io.coastwatch.operations.tips;

/**
 * Where a tip says something was seen: a point with the radius it may be off by, either given on the map
 * or told as a distance and bearing from a {@link Landmark} ({@link #fromLandmark}). Immutable.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 * @param uncertaintyMetres the radius of the circle the place lies in
 * @param landmarkId the landmark it was told from, or {@code null} for a point on the map
 * @param distanceNm the distance told, nautical miles, or {@code null}
 * @param bearingDegrees the bearing told from the landmark, degrees true (0 north, 90 east), or {@code null}
 */
public record TipPlace(double latitude, double longitude, double uncertaintyMetres, String landmarkId, Double distanceNm,
        Double bearingDegrees) {

    /** Metres in a nautical mile. */
    public static final double METRES_PER_NM = 1852;
    /** The uncertainty of a point given on the map, metres: half a nautical mile. */
    public static final double POINT_UNCERTAINTY_METRES = 926;
    /**
     * How far a told distance may be off, as a share of it: a tenth. With the bearing's
     * {@link #BEARING_ERROR_DEGREES} this sizes the circle of a told place.
     */
    public static final double DISTANCE_ERROR = 0.10;
    /** How far a told bearing may be off, degrees (a compass read on a rolling boat). */
    public static final double BEARING_ERROR_DEGREES = 10;

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public TipPlace {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("no point at " + latitude + ", " + longitude);
        }
        if (!(uncertaintyMetres >= 0)) {
            throw new IllegalArgumentException("an uncertainty is at least 0 m, not " + uncertaintyMetres);
        }
    }

    /** A point given on the map, {@link #POINT_UNCERTAINTY_METRES} uncertain. */
    public static TipPlace point(double latitude, double longitude) {
        return new TipPlace(latitude, longitude, POINT_UNCERTAINTY_METRES, null, null, null);
    }

    /**
     * The point {@code distanceNm} from {@code landmark} on {@code bearingDegrees} (a great circle), its
     * uncertainty the larger of {@link #POINT_UNCERTAINTY_METRES} and the error of the distance and of the
     * bearing at that distance together: {@code d·√(DISTANCE_ERROR² + sin²(BEARING_ERROR_DEGREES))}.
     *
     * @throws IllegalArgumentException when the distance is negative or the bearing outside [0, 360)
     */
    public static TipPlace fromLandmark(Landmark landmark, double distanceNm, double bearingDegrees) {
        if (!(distanceNm >= 0 && distanceNm <= 500)) {
            throw new IllegalArgumentException("a distance from a landmark is 0 to 500 nm, not " + distanceNm);
        }
        if (!(bearingDegrees >= 0 && bearingDegrees < 360)) {
            throw new IllegalArgumentException("a bearing is 0 to less than 360 degrees, not " + bearingDegrees);
        }
        double angular = distanceNm * METRES_PER_NM / EARTH_RADIUS_METRES;
        double bearing = Math.toRadians(bearingDegrees);
        double fromLatitude = Math.toRadians(landmark.latitude());
        double fromLongitude = Math.toRadians(landmark.longitude());
        double latitude = Math.asin(Math.sin(fromLatitude) * Math.cos(angular)
                + Math.cos(fromLatitude) * Math.sin(angular) * Math.cos(bearing));
        double longitude = fromLongitude + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(fromLatitude),
                Math.cos(angular) - Math.sin(fromLatitude) * Math.sin(latitude));
        double sideways = Math.sin(Math.toRadians(BEARING_ERROR_DEGREES));
        double error = distanceNm * METRES_PER_NM * Math.sqrt(DISTANCE_ERROR * DISTANCE_ERROR + sideways * sideways);
        return new TipPlace(Math.toDegrees(latitude), normalised(Math.toDegrees(longitude)),
                Math.max(POINT_UNCERTAINTY_METRES, error), landmark.id(), distanceNm, bearingDegrees);
    }

    /** The great-circle distance to {@code other}'s point, metres. */
    public double metresTo(TipPlace other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static double normalised(double longitude) {
        return ((longitude + 540) % 360) - 180;
    }
}
