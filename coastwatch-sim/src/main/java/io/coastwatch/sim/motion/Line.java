package io.coastwatch.sim.motion;

import java.util.List;

/**
 * A polyline with sides, such as a national limit drawn with the home side on the left: the signed
 * distance of a point is positive on the right ("beyond") and negative on the left. Distances in a
 * local equirectangular projection. Immutable, thread-safe.
 */
public final class Line {
    private final List<LonLat> points;

    public Line(List<LonLat> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a line needs at least two points");
        }
        this.points = List.copyOf(points);
    }

    /** Distance in metres to the nearest segment, positive on the right-hand (beyond) side. */
    public double signedDistanceMetres(LonLat p) {
        double best = Double.MAX_VALUE;
        int bestSegment = 0;
        for (int i = 1; i < points.size(); i++) {
            double d = Geo.distanceToSegmentMetres(p, points.get(i - 1), points.get(i));
            if (d < best) {
                best = d;
                bestSegment = i;
            }
        }
        LonLat a = points.get(bestSegment - 1);
        LonLat b = points.get(bestSegment);
        double k = Math.cos(Math.toRadians(p.lat()));
        double cross = (b.lon() - a.lon()) * k * (p.lat() - a.lat()) - (b.lat() - a.lat()) * (p.lon() - a.lon()) * k;
        return cross > 0 ? -best : best;
    }

    /** The middle of the line's middle segment. */
    public LonLat middle() {
        int i = points.size() / 2;
        LonLat a = points.get(i - 1);
        LonLat b = points.get(i);
        return new LonLat((a.lon() + b.lon()) / 2, (a.lat() + b.lat()) / 2);
    }

    /** Bearing in degrees from the home side across the line to the beyond side, at its middle segment. */
    public double outwardBearingDegrees() {
        int i = points.size() / 2;
        return Geo.normalizeDegrees(Geo.bearingDegrees(points.get(i - 1), points.get(i)) + 90);
    }
}
