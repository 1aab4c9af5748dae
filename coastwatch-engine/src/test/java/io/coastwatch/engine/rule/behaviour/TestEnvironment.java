package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule environment of given zones, registry and departure records; one port, a point, whose
 * distance is measured as the crow flies.
 */
final class TestEnvironment implements RuleEnvironment, VesselRegistry {
    private final ZoneIndex zones;
    private final double portLatitude;
    private final double portLongitude;
    final List<RegisteredVessel> vessels = new ArrayList<>();
    final List<DepartureRecord> departures = new ArrayList<>();

    TestEnvironment(List<Zone> zones, double portLatitude, double portLongitude) {
        this.zones = new ZoneIndex(zones);
        this.portLatitude = portLatitude;
        this.portLongitude = portLongitude;
    }

    /** No zones; the port at Ninh Chu (11.58 N, 109.03 E). */
    TestEnvironment() {
        this(List.of(), 11.58, 109.03);
    }

    @Override
    public VesselRegistry registry() {
        return this;
    }

    @Override
    public ZoneIndex zones() {
        return zones;
    }

    @Override
    public double distanceToPortMetres(double latitude, double longitude) {
        return io.coastwatch.engine.geo.GreatCircle.distanceMetres(latitude, longitude, portLatitude, portLongitude);
    }

    @Override
    public double distanceToShoreMetres(double latitude, double longitude) {
        return distanceToPortMetres(latitude, longitude);
    }

    @Override
    public Optional<RegisteredVessel> byRegistrationNumber(String registrationNumber) {
        return vessels.stream().filter(v -> v.registrationNumber().equals(registrationNumber)).findFirst();
    }

    @Override
    public Optional<RegisteredVessel> byMmsi(int mmsi) {
        return vessels.stream().filter(v -> v.mmsi() == mmsi).findFirst();
    }

    @Override
    public Optional<RegisteredVessel> byVmsDeviceId(String vmsDeviceId) {
        return vessels.stream().filter(v -> Objects.equals(v.vmsDeviceId(), vmsDeviceId)).findFirst();
    }

    @Override
    public List<RegisteredVessel> vessels() {
        return List.copyOf(vessels);
    }

    @Override
    public List<DepartureRecord> departures(String registrationNumber, long fromMillis, long toMillis) {
        return departures.stream()
                .filter(d -> d.registrationNumber().equals(registrationNumber))
                .filter(d -> d.departureMillis() >= fromMillis && d.departureMillis() < toMillis)
                .sorted(Comparator.comparingLong(DepartureRecord::departureMillis))
                .toList();
    }

    @Override
    public Optional<DepartureRecord> latestDeparture(String registrationNumber) {
        List<DepartureRecord> all = departures(registrationNumber, Long.MIN_VALUE, Long.MAX_VALUE);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }
}
