package io.coastwatch.sim.motion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The land of an area as polygons: what is land, and whether a straight course crosses it.
 * Thread-safe; {@link #nearLand} keeps a cache of the distance to land per cell of 0.002° (about
 * 220 m), so that vessels drifting along the coast do not test every coast edge at every step.
 */
public final class Coast {
    private static final double CELL_DEGREES = 0.002;
    /** Half the diagonal of a cell, metres, rounded up: a point lies this close to its cell's centre. */
    private static final double CELL_HALF_DIAGONAL_METRES = 160;

    private final List<Polygon> land;
    private final Map<Long, Double> cellDistanceMetres = new ConcurrentHashMap<>();

    public Coast(List<Polygon> land) {
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

    /**
     * True when {@code p} may be on land or within {@code metres} of the coast: exact far from land
     * (false), conservative near it (true up to 160 m early, as it judges by the cell's centre).
     */
    public boolean nearLand(LonLat p, double metres) {
        boolean maybe = false;
        for (Polygon polygon : land) {
            if (polygon.envelopeWithin(p, metres + CELL_HALF_DIAGONAL_METRES)) {
                maybe = true;
                break;
            }
        }
        if (!maybe) {
            return false;
        }
        long row = (long) Math.floor(p.lat() / CELL_DEGREES);
        long column = (long) Math.floor(p.lon() / CELL_DEGREES);
        double centre = cellDistanceMetres.computeIfAbsent(row * 1_000_000L + column, key -> distanceToLandMetres(
                new LonLat((column + 0.5) * CELL_DEGREES, (row + 0.5) * CELL_DEGREES)));
        return centre < metres + CELL_HALF_DIAGONAL_METRES;
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
