package io.coastwatch.engine.zone.baseline;

import org.locationtech.jts.geom.Coordinate;

/**
 * A local azimuthal equidistant projection for the WGS-84 ellipsoid, centred on one point: the
 * spherical azimuthal equidistant projection (unit sphere), then east scaled by the ellipsoid's
 * prime-vertical radius {@code N} and north by its meridional radius {@code M} at the centre, so
 * that the projection's metric matches the ellipsoid's at the centre in every direction. Away from
 * the centre, the scale across the radius grows as {@code c / sin c} ({@code c} the angular distance
 * from the centre: 1.0004 at 300 km, 1.0015 at 600 km) and M and N drift with latitude (about 0.006 %
 * a degree at 10°N). Coordinates are x = longitude, y = latitude in degrees; projected x east, y north
 * in metres. Immutable, thread-safe.
 */
final class AzimuthalEquidistant {
    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_E2 = 0.00669437999014;

    private final double centreLongitude;
    private final double sinCentreLatitude;
    private final double cosCentreLatitude;
    private final double meridionalRadiusMetres;
    private final double primeVerticalRadiusMetres;

    AzimuthalEquidistant(double centreLatitude, double centreLongitude) {
        this.centreLongitude = Math.toRadians(centreLongitude);
        double phi = Math.toRadians(centreLatitude);
        this.sinCentreLatitude = Math.sin(phi);
        this.cosCentreLatitude = Math.cos(phi);
        double w = 1 - WGS84_E2 * sinCentreLatitude * sinCentreLatitude;
        this.meridionalRadiusMetres = WGS84_A * (1 - WGS84_E2) / Math.pow(w, 1.5);
        this.primeVerticalRadiusMetres = WGS84_A / Math.sqrt(w);
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
        return new Coordinate(primeVerticalRadiusMetres * x, meridionalRadiusMetres * y);
    }

    Coordinate unproject(Coordinate metres) {
        Coordinate xy = new Coordinate(metres.x / primeVerticalRadiusMetres, metres.y / meridionalRadiusMetres);
        double rho = Math.hypot(xy.x, xy.y);
        if (rho < 1e-15) {
            return new Coordinate(Math.toDegrees(centreLongitude), Math.toDegrees(Math.asin(sinCentreLatitude)));
        }
        double c = rho;
        double sinC = Math.sin(c);
        double cosC = Math.cos(c);
        double phi = Math.asin(cosC * sinCentreLatitude + xy.y * sinC * cosCentreLatitude / rho);
        double lambda = centreLongitude + Math.atan2(xy.x * sinC,
                rho * cosCentreLatitude * cosC - xy.y * sinCentreLatitude * sinC);
        return new Coordinate(Math.toDegrees(lambda), Math.toDegrees(phi));
    }
}
