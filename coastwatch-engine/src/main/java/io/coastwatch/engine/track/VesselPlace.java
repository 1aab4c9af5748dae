package io.coastwatch.engine.track;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where one vessel is, as the {@link ZoneStage} last located it: the area zones containing its last
 * plausible fix and the ones before, and whether it is at sea or in port ({@code docs/rules.md}: it
 * enters port within {@link #PORT_ENTRY_METRES} of a port or anchorage zone and leaves beyond
 * {@link #PORT_EXIT_METRES}, so that it does not flicker). Read by the rules through their vessel
 * state; changed only by the zone stage. Not thread-safe (the engine's writer thread only).
 */
public final class VesselPlace {
    /** Entering port: within this distance of a port or anchorage zone. */
    public static final double PORT_ENTRY_METRES = 3_000;
    /** Leaving port: beyond this distance. */
    public static final double PORT_EXIT_METRES = 4_000;
    /** Distance to port is measured up to at least this far, so that a vessel well out is measured seldom. */
    static final double PORT_MEASURE_METRES = 12_000;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    private ZoneSet zoneSet;
    private boolean positioned;
    private double latitude;
    private double longitude;
    private int[] zoneNumbers = new int[0];
    private List<Zone> zones = List.of();
    private List<Zone> previousZones = List.of();
    private boolean atSea;
    private long leftPortMillis = Long.MIN_VALUE;
    /**
     * The last measure of the distance to port: in which zones, where, the result (infinite when beyond
     * the limit measured to) and that limit; {@code portZones} null before the first.
     */
    private ZoneSet portZones;
    private double portLatitude;
    private double portLongitude;
    private double portMetres;
    private double portLimitMetres;

    /** Takes the vessel to a plausible fix located in {@code zonesInForce} ({@code scratch}: room for zone numbers). */
    void move(PositionFix fix, ZoneSet zonesInForce, int[] scratch) {
        ZoneSet before = zoneSet;
        zoneSet = zonesInForce;
        latitude = fix.latitude();
        longitude = fix.longitude();
        locate(before, zonesInForce.index(), scratch);
        if (!positioned) {
            positioned = true;
            atSea = !nearPort(PORT_ENTRY_METRES);
        } else if (atSea && nearPort(PORT_ENTRY_METRES)) {
            atSea = false;
        } else if (!atSea && !nearPort(PORT_EXIT_METRES)) {
            atSea = true;
            leftPortMillis = fix.timeMillis();
        }
    }

    /** The area zones containing the fix; the previous list is kept as is when they are the same. */
    private void locate(ZoneSet before, ZoneIndex index, int[] numbers) {
        int areas = index.containingAreas(latitude, longitude, numbers);
        previousZones = zones;
        if (before != null && before.index() == index
                && Arrays.equals(zoneNumbers, 0, zoneNumbers.length, numbers, 0, areas)) {
            return;
        }
        zoneNumbers = Arrays.copyOf(numbers, areas);
        List<Zone> found = new ArrayList<>(areas);
        for (int i = 0; i < areas; i++) {
            found.add(index.zones().get(numbers[i]));
        }
        zones = List.copyOf(found);
    }

    /** The area zones containing the last plausible fix (empty before the first). */
    public List<Zone> zones() {
        return zones;
    }

    /** The area zones that contained the plausible fix before it. */
    public List<Zone> previousZones() {
        return previousZones;
    }

    /** Whether the vessel is at sea (see the class comment); false before the first fix. */
    public boolean atSea() {
        return atSea;
    }

    /** Event time the vessel last left port (became {@link #atSea()}), or {@link Long#MIN_VALUE}. */
    public long leftPortMillis() {
        return leftPortMillis;
    }

    /**
     * Whether the last plausible fix is within {@code metres} of a port or anchorage zone (inside one
     * counts); false before the first fix. Measures the distance again only when the last measure,
     * widened by how far the vessel may have moved since (an upper bound, with a margin for the
     * equirectangular frame of {@link io.coastwatch.engine.zone.index.PortDistances}), does not settle
     * the question: a vessel well out at sea or well inside a harbour is measured seldom.
     */
    public boolean nearPort(double metres) {
        if (zoneSet == null) {
            return false;
        }
        if (zoneSet == portZones) {
            double known = Math.min(portMetres, portLimitMetres);
            double moved = (Math.abs(latitude - portLatitude) + Math.abs(longitude - portLongitude)) * METRES_PER_DEGREE
                    * 1.01 + known * 0.01 + 10;
            if (known - moved > metres) {
                return false;
            }
            if (portMetres + moved <= metres) {
                return true;
            }
        }
        portZones = zoneSet;
        portLatitude = latitude;
        portLongitude = longitude;
        portLimitMetres = Math.max(PORT_MEASURE_METRES, metres);
        portMetres = zoneSet.ports().metres(latitude, longitude, portLimitMetres);
        return portMetres <= metres;
    }
}
