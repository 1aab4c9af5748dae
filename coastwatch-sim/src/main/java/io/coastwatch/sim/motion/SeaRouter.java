package io.coastwatch.sim.motion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes between two sea positions that stay off land: straight when the straight course is clear,
 * else the shortest path over a visibility graph of hand-placed sea waypoints (Dijkstra). Also finds
 * the "gate" of a harbour: the nearest clear water off a port position that the coarse coast puts
 * on or next to land. Thread-safe.
 */
public final class SeaRouter {
    private static final double GATE_CLEARANCE_METRES = 600;
    private static final double GATE_STEP_METRES = 250;
    private static final double GATE_MAX_METRES = 8000;

    private final Coast land;
    private final List<LonLat> waypoints;
    private final Map<LonLat, LonLat> gates = new ConcurrentHashMap<>();

    /** @param waypoints sea positions between which straight courses are checked against land */
    public SeaRouter(Coast land, List<LonLat> waypoints) {
        this.land = land;
        this.waypoints = List.copyOf(waypoints);
    }

    public Coast land() {
        return land;
    }

    /**
     * The nearest position to {@code port} that is at least 600 m off land (searched on 36 bearings,
     * out to 8 km). The stretch port–gate is the harbour channel, which the coarse coast does not
     * resolve; it is the only part of a route that may touch the land polygons. Found once per port.
     *
     * @throws IllegalArgumentException when no clear water lies within 8 km
     */
    public LonLat gate(LonLat port) {
        return gates.computeIfAbsent(port, this::findGate);
    }

    private LonLat findGate(LonLat port) {
        if (land.distanceToLandMetres(port) >= GATE_CLEARANCE_METRES) {
            return port;
        }
        for (double d = GATE_STEP_METRES; d <= GATE_MAX_METRES; d += GATE_STEP_METRES) {
            for (int bearing = 0; bearing < 360; bearing += 10) {
                LonLat candidate = Geo.destination(port, bearing, d);
                if (land.distanceToLandMetres(candidate) >= GATE_CLEARANCE_METRES) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("no clear water within 8 km of " + port);
    }

    /**
     * A route from {@code from} to {@code to}, both included, whose straight stretches do not cross land.
     *
     * @throws IllegalArgumentException when the waypoints leave no way round the land
     */
    public List<LonLat> route(LonLat from, LonLat to) {
        if (!land.crossesLand(from, to)) {
            return List.of(from, to);
        }
        List<LonLat> nodes = new ArrayList<>(waypoints.size() + 2);
        nodes.add(from);
        nodes.add(to);
        nodes.addAll(waypoints);
        int n = nodes.size();
        double[] distance = new double[n];
        int[] previous = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(distance, Double.MAX_VALUE);
        Arrays.fill(previous, -1);
        distance[0] = 0;
        for (int round = 0; round < n; round++) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && distance[i] < Double.MAX_VALUE && (u < 0 || distance[i] < distance[u])) {
                    u = i;
                }
            }
            if (u < 0 || u == 1) {
                break;
            }
            done[u] = true;
            for (int v = 0; v < n; v++) {
                if (!done[v] && v != u && !land.crossesLand(nodes.get(u), nodes.get(v))) {
                    double alt = distance[u] + Geo.distanceMetres(nodes.get(u), nodes.get(v));
                    if (alt < distance[v]) {
                        distance[v] = alt;
                        previous[v] = u;
                    }
                }
            }
        }
        if (previous[1] < 0) {
            throw new IllegalArgumentException("no sea route from " + from + " to " + to);
        }
        List<LonLat> path = new ArrayList<>();
        for (int at = 1; at >= 0; at = previous[at]) {
            path.add(0, nodes.get(at));
        }
        return path;
    }
}
