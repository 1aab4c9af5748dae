package io.coastwatch.engine.zone.baseline;

import org.locationtech.jts.geom.Coordinate;

/**
 * The azimuthal equidistant projection on a sphere, centred on one point: distances and bearings
 * from the centre are true; elsewhere the scale across the radius grows as {@code c / sin c} ({@code c}
 * the angular distance from the centre), 1.0003 at 300 km, 1.002 at 600 km. The sphere is the one
 * that osculates the WGS-84 ellipsoid at the centre's latitude (Gaussian radius {@code sqrt(M N)}),
 * so distances near the centre are also close to the ellipsoid's (about 0.1 % within 600 km at low
 * latitudes). Coordinates are x = longitude, y = latitude in degrees; projected x east, y north in
 * metres. Immutable, thread-safe.
 */
final class AzimuthalEquidistant {
    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_E2 = 0.00669437999014;

    private final double centreLongitude;
    private final double sinCentreLatitude;
    private final double cosCentreLatitude;
    private final double radiusMetres;

    AzimuthalEquidistant(double centreLatitude, double centreLongitude) {
        this.centreLongitude = Math.toRadians(centreLongitude);
        double phi = Math.toRadians(centreLatitude);
        this.sinCentreLatitude = Math.sin(phi);
        this.cosCentreLatitude = Math.cos(phi);
        double w = 1 - WGS84_E2 * sinCentreLatitude * sinCentreLatitude;
        double meridional = WGS84_A * (1 - WGS84_E2) / Math.pow(w, 1.5);
        double primeVertical = WGS84_A / Math.sqrt(w);
        this.radiusMetres = Math.sqrt(meridional * primeVertical);
    }

    /** The sphere's radius in metres. */
    double radiusMetres() {
        return radiusMetres;
    }

    Coordinate project(Coordinate lonLat) {
        double phi = Math.toRadians(lonLat.y);
        double deltaLambda = Math.toRadians(lonLat.x) - centreLongitude;
        double sinPhi = Math.sin(phi);
        double cosPhi = Math.cos(phi);
        double cosC = sinCentreLatitude * sinPhi + cosCentreLatitude * cosPhi * Math.cos(deltaLambda);
        double c = Math.acos(Math.max(-1, Math.min(1, cosC)));
        double k = c < 1e-12 ? 1 : c / Math.sin(c);
        double x = k * cosPhi * Math.sin(deltaLambda);
        double y = k * (cosCentreLatitude * sinPhi - sinCentreLatitude * cosPhi * Math.cos(deltaLambda));
        return new Coordinate(radiusMetres * x, radiusMetres * y);
    }

    Coordinate unproject(Coordinate xy) {
        double rho = Math.hypot(xy.x, xy.y);
        if (rho < 1e-9) {
            return new Coordinate(Math.toDegrees(centreLongitude), Math.toDegrees(Math.asin(sinCentreLatitude)));
        }
        double c = rho / radiusMetres;
        double sinC = Math.sin(c);
        double cosC = Math.cos(c);
        double phi = Math.asin(cosC * sinCentreLatitude + xy.y * sinC * cosCentreLatitude / rho);
        double lambda = centreLongitude + Math.atan2(xy.x * sinC,
                rho * cosCentreLatitude * cosC - xy.y * sinCentreLatitude * sinC);
        return new Coordinate(Math.toDegrees(lambda), Math.toDegrees(phi));
    }
}
