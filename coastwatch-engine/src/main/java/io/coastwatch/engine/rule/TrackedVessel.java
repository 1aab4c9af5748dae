package io.coastwatch.engine.rule;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The engine's {@link VesselState} of one vessel, updated from each {@link TrackUpdate} before the
 * rules see its fix. Zones and "at sea" are computed for every plausible fix (the rules that
 * compare them need the previous value); the figures only some rules read (edges crossed, distance to
 * the national limit and to shore, side of the limit, registry entry) are computed on first read and
 * kept until the next fix. Writer thread only.
 */
final class TrackedVessel implements VesselState {
    /** AIS type of ship and cargo of fishing vessels. */
    static final int FISHING_SHIP_TYPE = 30;
    /** Entering port: within this distance of a port or anchorage zone (RULES.md). */
    static final double PORT_ENTRY_METRES = 3_000;
    /** Leaving port: beyond this distance. */
    static final double PORT_EXIT_METRES = 4_000;
    /** Recent fixes kept: at least this much event time … */
    static final long RECENT_MILLIS = 4 * 3_600_000L;
    /** … but no more than this many fixes … */
    static final int RECENT_MAX = 512;
    /** … of which all but the newest are at least this far apart. */
    static final long RECENT_SPACING_MILLIS = 30_000;
    /** Distance to port is measured up to at least this far, so that a vessel well out is measured seldom. */
    static final double PORT_MEASURE_METRES = 12_000;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    private final long vesselId;
    private final EngineEnvironment environment;
    private VesselSnapshot snapshot;
    private PositionFix lastFix;
    private PositionFix previousFix;
    private ZoneIndex zonesIndex;
    private int[] zoneNumbers = new int[0];
    private List<Zone> zones = List.of();
    private List<Zone> previousZones = List.of();
    private boolean positioned;
    private boolean atSea;
    private long leftPortMillis = Long.MIN_VALUE;
    private long lastAisMillis = Long.MIN_VALUE;
    private long lastVmsMillis = Long.MIN_VALUE;
    /** The recent fixes, oldest first: a ring of {@code recentCount} from {@code recentFirst}, its length a power of two. */
    private PositionFix[] recent = new PositionFix[16];
    private int recentFirst;
    private int recentCount;
    private final List<PositionFix> recentView = new RecentFixes();
    /**
     * The last measure of the distance to port: in which zones, where, the result (infinite when beyond
     * the limit measured to) and that limit; {@code portZones} null before the first.
     */
    private ZoneSet portZones;
    private double portLatitude;
    private double portLongitude;
    private double portMetres;
    private double portLimitMetres;

    private List<Zone> crossedEdges;
    private double limitMetres = Double.NaN;
    private int beyondLimit = -1;
    private double shoreMetres = Double.NaN;
    /** The registry entry found for the identities below, in the registry of the generation below. */
    private Optional<RegisteredVessel> registered;
    private String registeredNumber;
    private int registeredMmsi;
    private String registeredDevice;
    private int registeredGeneration;

    TrackedVessel(long vesselId, EngineEnvironment environment) {
        this.vesselId = vesselId;
        this.environment = environment;
    }

    /** Takes in one update of this vessel (its snapshot is not null). */
    void update(TrackUpdate update) {
        snapshot = update.vessel();
        PositionFix fix = update.fix();
        if (fix == null) {
            lastAisMillis = Math.max(lastAisMillis, snapshot.lastSeenMillis());
            return;
        }
        if (fix.source() == FixSource.VMS) {
            lastVmsMillis = Math.max(lastVmsMillis, fix.timeMillis());
        } else {
            lastAisMillis = Math.max(lastAisMillis, fix.timeMillis());
        }
        if (fix.isPlausible()) {
            move(fix);
        }
    }

    private void move(PositionFix fix) {
        previousFix = lastFix;
        lastFix = fix;
        crossedEdges = null;
        limitMetres = Double.NaN;
        beyondLimit = -1;
        shoreMetres = Double.NaN;
        ZoneSet zoneSet = environment.zoneSet();
        locate(zoneSet.index(), environment.zoneNumbers(), fix);
        if (!positioned) {
            positioned = true;
            atSea = !nearPort(PORT_ENTRY_METRES);
        } else if (atSea && nearPort(PORT_ENTRY_METRES)) {
            atSea = false;
        } else if (!atSea && !nearPort(PORT_EXIT_METRES)) {
            atSea = true;
            leftPortMillis = fix.timeMillis();
        }
        remember(fix);
    }

    /** The area zones containing the fix; the previous list is kept as is when they are the same. */
    private void locate(ZoneIndex index, int[] numbers, PositionFix fix) {
        int areas = index.containingAreas(fix.latitude(), fix.longitude(), numbers);
        previousZones = zones;
        if (index == zonesIndex && Arrays.equals(zoneNumbers, 0, zoneNumbers.length, numbers, 0, areas)) {
            return;
        }
        zonesIndex = index;
        zoneNumbers = Arrays.copyOf(numbers, areas);
        List<Zone> found = new ArrayList<>(areas);
        for (int i = 0; i < areas; i++) {
            found.add(index.zones().get(numbers[i]));
        }
        zones = List.copyOf(found);
    }

    /** Adds the fix to the recent ones: it replaces the newest when that one came too soon after the one before. */
    private void remember(PositionFix fix) {
        if (recentCount >= 2
                && recentAt(recentCount - 1).timeMillis() - recentAt(recentCount - 2).timeMillis() < RECENT_SPACING_MILLIS) {
            recentCount--;
        }
        if (recentCount == recent.length) {
            PositionFix[] larger = new PositionFix[recent.length * 2];
            for (int i = 0; i < recentCount; i++) {
                larger[i] = recentAt(i);
            }
            recent = larger;
            recentFirst = 0;
        }
        recent[(recentFirst + recentCount++) & (recent.length - 1)] = fix;
        while (recentCount > RECENT_MAX
                || (recentCount > 1 && recentAt(0).timeMillis() < fix.timeMillis() - RECENT_MILLIS)) {
            recent[recentFirst] = null;
            recentFirst = (recentFirst + 1) & (recent.length - 1);
            recentCount--;
        }
    }

    private PositionFix recentAt(int index) {
        return recent[(recentFirst + index) & (recent.length - 1)];
    }

    /** The read-only view {@link #recentFixes()} returns. */
    private final class RecentFixes extends AbstractList<PositionFix> implements RandomAccess {
        @Override
        public PositionFix get(int index) {
            return recentAt(Objects.checkIndex(index, recentCount));
        }

        @Override
        public int size() {
            return recentCount;
        }
    }

    @Override
    public long vesselId() {
        return vesselId;
    }

    @Override
    public VesselSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public PositionFix lastFix() {
        return lastFix;
    }

    @Override
    public PositionFix previousFix() {
        return previousFix;
    }

    @Override
    public List<Zone> zones() {
        return zones;
    }

    @Override
    public List<Zone> previousZones() {
        return previousZones;
    }

    @Override
    public List<Zone> crossedEdges() {
        if (crossedEdges == null) {
            crossedEdges = previousFix == null ? List.of()
                    : environment.zones().edgesCrossed(previousFix.latitude(), previousFix.longitude(),
                            lastFix.latitude(), lastFix.longitude());
        }
        return crossedEdges;
    }

    @Override
    public boolean atSea() {
        return atSea;
    }

    /**
     * Measures the distance to port again only when the last measure, widened by how far the vessel
     * may have moved since (an upper bound, with a margin for the equirectangular frame of
     * {@link io.coastwatch.engine.zone.index.PortDistances}), does not settle the question: a vessel
     * well out at sea or well inside a harbour is measured seldom.
     */
    @Override
    public boolean nearPort(double metres) {
        if (lastFix == null) {
            return false;
        }
        double latitude = lastFix.latitude();
        double longitude = lastFix.longitude();
        ZoneSet zoneSet = environment.zoneSet();
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

    @Override
    public long leftPortMillis() {
        return leftPortMillis;
    }

    @Override
    public double distanceToNationalLimitMetres() {
        measureLimit();
        return limitMetres;
    }

    @Override
    public boolean beyondNationalLimit() {
        measureLimit();
        return beyondLimit == 1;
    }

    /** Distance to and side of the national limit, once per fix. */
    private void measureLimit() {
        if (beyondLimit >= 0) {
            return;
        }
        double signed = lastFix == null ? Double.NaN
                : environment.zoneSet().limits().signedMetres(lastFix.latitude(), lastFix.longitude());
        limitMetres = Double.isNaN(signed) ? Double.POSITIVE_INFINITY : Math.abs(signed);
        beyondLimit = signed > 0 ? 1 : 0;
    }

    @Override
    public double distanceToShoreMetres() {
        if (lastFix == null) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(shoreMetres)) {
            shoreMetres = environment.distanceToShoreMetres(lastFix.latitude(), lastFix.longitude());
        }
        return shoreMetres;
    }

    @Override
    public Optional<RegisteredVessel> registered() {
        if (registered == null || registeredGeneration != environment.registryGeneration()
                || registeredMmsi != snapshot.mmsi() || !Objects.equals(registeredNumber, snapshot.registrationNumber())
                || !Objects.equals(registeredDevice, snapshot.vmsDeviceId())) {
            registered = lookUp(environment.registry(), snapshot);
            registeredNumber = snapshot.registrationNumber();
            registeredMmsi = snapshot.mmsi();
            registeredDevice = snapshot.vmsDeviceId();
            registeredGeneration = environment.registryGeneration();
        }
        return registered;
    }

    private static Optional<RegisteredVessel> lookUp(VesselRegistry registry, VesselSnapshot vessel) {
        Optional<RegisteredVessel> found = vessel.registrationNumber() == null ? Optional.empty()
                : registry.byRegistrationNumber(vessel.registrationNumber());
        if (found.isEmpty() && vessel.mmsi() != 0) {
            found = registry.byMmsi(vessel.mmsi());
        }
        if (found.isEmpty() && vessel.vmsDeviceId() != null) {
            found = registry.byVmsDeviceId(vessel.vmsDeviceId());
        }
        return found;
    }

    @Override
    public boolean isVietnamese() {
        return "VN".equals(snapshot.flag()) || registered().isPresent();
    }

    @Override
    public boolean isFishingVessel() {
        return snapshot.shipType() == FISHING_SHIP_TYPE || registered().isPresent();
    }

    @Override
    public long lastAisMillis() {
        return lastAisMillis;
    }

    @Override
    public long lastVmsMillis() {
        return lastVmsMillis;
    }

    @Override
    public List<PositionFix> recentFixes() {
        return recentView;
    }
}
