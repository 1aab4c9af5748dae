package io.coastwatch.engine.rule;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.RecentFixes;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselPlace;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link VesselState} of one vessel, updated from each {@link TrackUpdate} before the
 * rules see its fix: where the vessel is comes from the zone stage ({@link VesselPlace}, in the update),
 * its recent fixes are kept in a {@link RecentFixes}; the figures only some rules read (edges crossed,
 * distance to the national limit and to shore, side of the limit, registry entry) are computed on first
 * read and kept until the next fix. Writer thread only.
 */
final class TrackedVessel implements VesselState {
    /** AIS type of ship and cargo of fishing vessels. */
    static final int FISHING_SHIP_TYPE = 30;

    private final long vesselId;
    private final EngineEnvironment environment;
    private final RecentFixes recent = new RecentFixes();
    private VesselSnapshot snapshot;
    private PositionFix lastFix;
    private PositionFix previousFix;
    private VesselPlace place;
    private long lastAisMillis = Long.MIN_VALUE;
    private long lastVmsMillis = Long.MIN_VALUE;

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

    /** Takes in one update of this vessel (its snapshot is not null; its place, the zone stage's, once located). */
    void update(TrackUpdate update) {
        snapshot = update.vessel();
        if (update.place() != null) {
            place = update.place();
        }
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
            previousFix = lastFix;
            lastFix = fix;
            crossedEdges = null;
            limitMetres = Double.NaN;
            beyondLimit = -1;
            shoreMetres = Double.NaN;
            recent.remember(fix);
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
        return place == null ? List.of() : place.zones();
    }

    @Override
    public List<Zone> previousZones() {
        return place == null ? List.of() : place.previousZones();
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
        return place != null && place.atSea();
    }

    @Override
    public boolean nearPort(double metres) {
        return lastFix != null && place != null && place.nearPort(metres);
    }

    @Override
    public long leftPortMillis() {
        return place == null ? Long.MIN_VALUE : place.leftPortMillis();
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
        return recent;
    }
}
