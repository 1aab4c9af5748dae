package io.coastwatch.sim.motion;

import java.util.List;

/** The land of an area as polygons: what is land, and whether a straight course crosses it. Immutable, thread-safe. */
public final class LandMask {
    private final List<Polygon> land;

    public LandMask(List<Polygon> land) {
        this.land = List.copyOf(land);
    }

    /** True when {@code p} is on land. */
    public boolean isLand(LonLat p) {
        for (Polygon polygon : land) {
            if (polygon.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when the straight lon/lat segment {@code a}–{@code b} touches land. */
    public boolean crossesLand(LonLat a, LonLat b) {
        if (isLand(a) || isLand(b)) {
            return true;
        }
        for (Polygon polygon : land) {
            if (polygon.crossedBy(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** Distance in metres from {@code p} to the nearest coast (0 on land). */
    public double distanceToLandMetres(LonLat p) {
        if (isLand(p)) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (Polygon polygon : land) {
            best = Math.min(best, polygon.distanceToEdgeMetres(p));
        }
        return best;
    }
}
