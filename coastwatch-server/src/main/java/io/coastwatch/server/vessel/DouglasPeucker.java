package io.coastwatch.server.vessel;

import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.List;

/**
 * Simplifies a track with the Douglas–Peucker algorithm (Douglas and Peucker, 1973): keeps the
 * points that lie farther than the tolerance from the line through the points kept around them.
 * Distances are in metres on a local equirectangular projection around the track's mean latitude,
 * which is accurate to well under a percent over the extent of a vessel's track. Stateless; an
 * explicit stack instead of recursion, so that tracks of a million points do not overflow it.
 */
public final class DouglasPeucker {
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private DouglasPeucker() {
    }

    /** The points to keep, in order; the first and last are always kept. */
    public static List<PositionFix> simplify(List<PositionFix> points, double toleranceMetres) {
        int n = points.size();
        if (n < 3 || toleranceMetres <= 0) {
            return points;
        }
        double meanLatitude = points.stream().mapToDouble(PositionFix::latitude).average().orElse(0);
        double xScale = METRES_PER_DEGREE * Math.cos(Math.toRadians(meanLatitude));
        double[] x = new double[n];
        double[] y = new double[n];
        double lon0 = points.get(0).longitude();
        for (int i = 0; i < n; i++) {
            double dLon = points.get(i).longitude() - lon0;
            dLon -= 360 * Math.rint(dLon / 360); // across the antimeridian
            x[i] = dLon * xScale;
            y[i] = points.get(i).latitude() * METRES_PER_DEGREE;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            int farthest = -1;
            double farthestDistance = toleranceMetres;
            for (int i = first + 1; i < last; i++) {
                double d = segmentDistance(x[i], y[i], x[first], y[first], x[last], y[last]);
                if (d > farthestDistance) {
                    farthestDistance = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                stack[top++] = first;
                stack[top++] = farthest;
                stack[top++] = farthest;
                stack[top++] = last;
            }
        }
        List<PositionFix> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
}
