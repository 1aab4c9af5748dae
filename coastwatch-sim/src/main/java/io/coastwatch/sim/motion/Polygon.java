package io.coastwatch.sim.motion;

import java.util.List;

/**
 * A polygon in lon/lat degrees: an outer ring and holes, each a closed or open list of vertices.
 * Point-in-polygon by ray casting in the plane of lon/lat (exact enough away from the poles and the
 * antimeridian, which the demo area is). Immutable and thread-safe.
 */
public final class Polygon {
    private final double[][] ringLons;
    private final double[][] ringLats;
    private final double minLon;
    private final double minLat;
    private final double maxLon;
    private final double maxLat;

    /** @param rings the outer ring first, then the holes */
    public Polygon(List<List<LonLat>> rings) {
        if (rings.isEmpty() || rings.get(0).size() < 3) {
            throw new IllegalArgumentException("a polygon needs an outer ring of at least 3 points");
        }
        ringLons = new double[rings.size()][];
        ringLats = new double[rings.size()][];
        double loLon = Double.MAX_VALUE;
        double loLat = Double.MAX_VALUE;
        double hiLon = -Double.MAX_VALUE;
        double hiLat = -Double.MAX_VALUE;
        for (int r = 0; r < rings.size(); r++) {
            List<LonLat> ring = rings.get(r);
            ringLons[r] = new double[ring.size()];
            ringLats[r] = new double[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                ringLons[r][i] = ring.get(i).lon();
                ringLats[r][i] = ring.get(i).lat();
                loLon = Math.min(loLon, ring.get(i).lon());
                loLat = Math.min(loLat, ring.get(i).lat());
                hiLon = Math.max(hiLon, ring.get(i).lon());
                hiLat = Math.max(hiLat, ring.get(i).lat());
            }
        }
        minLon = loLon;
        minLat = loLat;
        maxLon = hiLon;
        maxLat = hiLat;
    }

    /** True when {@code p} lies inside the outer ring and outside every hole. */
    public boolean contains(LonLat p) {
        if (p.lon() < minLon || p.lon() > maxLon || p.lat() < minLat || p.lat() > maxLat) {
            return false;
        }
        if (!ringContains(0, p.lon(), p.lat())) {
            return false;
        }
        for (int r = 1; r < ringLons.length; r++) {
            if (ringContains(r, p.lon(), p.lat())) {
                return false;
            }
        }
        return true;
    }

    /** True when the straight lon/lat segment {@code a}–{@code b} crosses an edge of any ring. */
    public boolean crossedBy(LonLat a, LonLat b) {
        if (Math.max(a.lon(), b.lon()) < minLon || Math.min(a.lon(), b.lon()) > maxLon
                || Math.max(a.lat(), b.lat()) < minLat || Math.min(a.lat(), b.lat()) > maxLat) {
            return false;
        }
        for (int r = 0; r < ringLons.length; r++) {
            double[] xs = ringLons[r];
            double[] ys = ringLats[r];
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                if (segmentsCross(a.lon(), a.lat(), b.lon(), b.lat(), xs[j], ys[j], xs[i], ys[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code p} lies within {@code metres} of the polygon's bounding box (the cheap test before an exact one). */
    public boolean envelopeWithin(LonLat p, double metres) {
        double dLat = Math.toDegrees(metres / Geo.EARTH_RADIUS_METRES);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(p.lat())));
        return p.lon() >= minLon - dLon && p.lon() <= maxLon + dLon && p.lat() >= minLat - dLat && p.lat() <= maxLat + dLat;
    }

    /** Distance in metres from {@code p} to the nearest edge of any ring. */
    public double distanceToEdgeMetres(LonLat p) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < ringLons.length; r++) {
            double[] xs = ringLons[r];
            double[] ys = ringLats[r];
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                best = Math.min(best, Geo.distanceToSegmentMetres(p, new LonLat(xs[j], ys[j]), new LonLat(xs[i], ys[i])));
            }
        }
        return best;
    }

    private boolean ringContains(int ring, double x, double y) {
        double[] xs = ringLons[ring];
        double[] ys = ringLats[ring];
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean segmentsCross(double ax, double ay, double bx, double by,
            double cx, double cy, double dx, double dy) {
        double d1 = cross(cx, cy, dx, dy, ax, ay);
        double d2 = cross(cx, cy, dx, dy, bx, by);
        double d3 = cross(ax, ay, bx, by, cx, cy);
        double d4 = cross(ax, ay, bx, by, dx, dy);
        return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
    }

    private static double cross(double ox, double oy, double ax, double ay, double bx, double by) {
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }
}
