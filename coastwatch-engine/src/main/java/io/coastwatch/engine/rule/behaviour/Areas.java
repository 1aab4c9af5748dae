package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.index.ZoneIndex;

/** Questions about places that several behaviour rules ask. Stateless. */
final class Areas {
    private Areas() {
    }

    /**
     * Whether a position lies in a station's area of responsibility ({@link ZoneKind#STATION_AREA});
     * true everywhere when no such zone is defined.
     */
    static boolean inAreaOfResponsibility(ZoneIndex zones, double latitude, double longitude) {
        boolean anyArea = false;
        for (Zone zone : zones.zones()) {
            if (zone.kind() == ZoneKind.STATION_AREA) {
                anyArea = true;
                break;
            }
        }
        if (!anyArea) {
            return true;
        }
        for (Zone zone : zones.zonesContaining(latitude, longitude)) {
            if (zone.kind() == ZoneKind.STATION_AREA) {
                return true;
            }
        }
        return false;
    }

    /**
     * The position reached from ({@code latitude}, {@code longitude}) after {@code metres} on the
     * initial bearing {@code bearingDegrees}, on the sphere of {@link GreatCircle}: {latitude,
     * longitude} in degrees.
     */
    static double[] destination(double latitude, double longitude, double bearingDegrees, double metres) {
        double delta = metres / GreatCircle.EARTH_RADIUS_METRES;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(latitude);
        double lambda1 = Math.toRadians(longitude);
        double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
        double phi2 = Math.asin(sinPhi2);
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * sinPhi2);
        return new double[] {Math.toDegrees(phi2), (Math.toDegrees(lambda2) + 540) % 360 - 180};
    }
}
