package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A vessel state the test sets by hand: where the engine would compute at sea, distance to shore or
 * the registry match, the test says what they are. {@link #report} keeps the fixes as the engine
 * does (last plausible fix, last AIS and VMS times, recent fixes).
 */
final class TestVessel implements VesselState {
    final long vesselId;
    int mmsi;
    int imoNumber;
    String name;
    String callSign;
    int shipType = 30;
    boolean atSea = true;
    long leftPortMillis = Long.MIN_VALUE;
    double distanceToShoreMetres = 30 * 1852;
    /** The one port, a point: {@link TestEnvironment}'s default (Ninh Chu). */
    double portLatitude = 11.58;
    double portLongitude = 109.03;
    RegisteredVessel registered;
    private PositionFix lastFix;
    private PositionFix previousFix;
    private long lastAisMillis = Long.MIN_VALUE;
    private long lastVmsMillis = Long.MIN_VALUE;
    private final List<PositionFix> recent = new ArrayList<>();

    TestVessel(long vesselId) {
        this.vesselId = vesselId;
        this.mmsi = vesselId < (1L << 32) ? (int) vesselId : 0;
    }

    /** The fix as the tracker would hand it over, and the state updated with it. */
    PositionFix report(long timeMillis, double latitude, double longitude, double speedKnots, FixSource source,
            Plausibility plausibility) {
        PositionFix fix = new PositionFix(vesselId, timeMillis, latitude, longitude, speedKnots, 90, -1, -1, source,
                plausibility);
        if (source == FixSource.VMS) {
            lastVmsMillis = timeMillis;
        } else {
            lastAisMillis = timeMillis;
        }
        if (fix.isPlausible()) {
            previousFix = lastFix;
            lastFix = fix;
            recent.add(fix);
        }
        return fix;
    }

    /** A plausible AIS class A fix. */
    PositionFix ais(long timeMillis, double latitude, double longitude, double speedKnots) {
        return report(timeMillis, latitude, longitude, speedKnots, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }

    /** A plausible VMS fix. */
    PositionFix vms(long timeMillis, double latitude, double longitude, double speedKnots) {
        return report(timeMillis, latitude, longitude, speedKnots, FixSource.VMS, Plausibility.PLAUSIBLE);
    }

    @Override
    public long vesselId() {
        return vesselId;
    }

    @Override
    public VesselSnapshot snapshot() {
        return new VesselSnapshot(vesselId, mmsi, imoNumber, callSign, name,
                registered == null ? null : registered.registrationNumber(),
                registered == null ? null : registered.vmsDeviceId(), shipType, 20, 6, Double.NaN, null, Long.MIN_VALUE,
                null, lastFix, Math.max(lastAisMillis, lastVmsMillis));
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
        return List.of();
    }

    @Override
    public List<Zone> previousZones() {
        return List.of();
    }

    @Override
    public List<Zone> crossedEdges() {
        return List.of();
    }

    @Override
    public boolean atSea() {
        return atSea;
    }

    @Override
    public boolean nearPort(double metres) {
        return lastFix != null && io.coastwatch.engine.geo.GreatCircle.distanceMetres(lastFix.latitude(),
                lastFix.longitude(), portLatitude, portLongitude) <= metres;
    }

    @Override
    public long leftPortMillis() {
        return leftPortMillis;
    }

    @Override
    public double distanceToNationalLimitMetres() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean beyondNationalLimit() {
        return false;
    }

    @Override
    public double distanceToShoreMetres() {
        return distanceToShoreMetres;
    }

    @Override
    public Optional<RegisteredVessel> registered() {
        return Optional.ofNullable(registered);
    }

    @Override
    public boolean isVietnamese() {
        return true;
    }

    @Override
    public boolean isFishingVessel() {
        return shipType == 30 || registered != null;
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
        return List.copyOf(recent);
    }
}
