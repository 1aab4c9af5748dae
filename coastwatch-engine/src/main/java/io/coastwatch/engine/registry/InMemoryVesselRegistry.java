package io.coastwatch.engine.registry;

import io.coastwatch.engine.track.RegistrationNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link VesselRegistry} held in memory, built once from its vessels and departure records. Vessels
 * are found by registration number however it is written ({@link RegistrationNumbers#key}: {@code
 * NT-90123-TS} and {@code NT 90123 TS} are one vessel), by MMSI and by VMS device id. A later vessel
 * with the same registration number replaces an earlier one.
 *
 * <p>Immutable and thread-safe.
 */
public final class InMemoryVesselRegistry implements VesselRegistry {
    /** No vessel, no departure. */
    public static final InMemoryVesselRegistry EMPTY = new InMemoryVesselRegistry(List.of(), List.of());

    private final List<RegisteredVessel> vessels;
    private final Map<String, RegisteredVessel> byNumber = new HashMap<>();
    private final Map<Integer, RegisteredVessel> byMmsi = new HashMap<>();
    private final Map<String, RegisteredVessel> byDevice = new HashMap<>();
    /** The keys of the registration numbers as the vessels and records here write them (no regex per lookup). */
    private final Map<String, String> keys = new HashMap<>();
    /** Per registration key, departures oldest first. */
    private final Map<String, List<DepartureRecord>> departures = new HashMap<>();

    /**
     * @param vessels the registered vessels
     * @param departures the departure records, in any order
     */
    public InMemoryVesselRegistry(List<RegisteredVessel> vessels, List<DepartureRecord> departures) {
        this(vessels, departures, Map.of());
    }

    /**
     * @param vessels the registered vessels
     * @param departures the departure records, in any order
     * @param spareDevices VMS devices a vessel carries besides its {@link RegisteredVessel#vmsDeviceId()}
     *     (a spare terminal), each to its vessel's registration number; a device of no vessel here is ignored
     */
    public InMemoryVesselRegistry(List<RegisteredVessel> vessels, List<DepartureRecord> departures,
            Map<String, String> spareDevices) {
        vessels.forEach(vessel -> keys.computeIfAbsent(vessel.registrationNumber(), InMemoryVesselRegistry::keyOf));
        departures.forEach(record -> keys.computeIfAbsent(record.registrationNumber(), InMemoryVesselRegistry::keyOf));
        for (RegisteredVessel vessel : vessels) {
            RegisteredVessel replaced = byNumber.put(key(vessel.registrationNumber()), vessel);
            if (replaced != null) {
                byMmsi.remove(replaced.mmsi());
                if (replaced.vmsDeviceId() != null) {
                    byDevice.remove(replaced.vmsDeviceId().strip().toUpperCase(Locale.ROOT));
                }
            }
            if (vessel.mmsi() != 0) {
                byMmsi.put(vessel.mmsi(), vessel);
            }
            if (vessel.vmsDeviceId() != null && !vessel.vmsDeviceId().isBlank()) {
                byDevice.put(vessel.vmsDeviceId().strip().toUpperCase(Locale.ROOT), vessel);
            }
        }
        spareDevices.forEach((device, number) -> {
            RegisteredVessel vessel = byNumber.get(key(number));
            if (vessel != null && !device.isBlank()) {
                byDevice.putIfAbsent(device.strip().toUpperCase(Locale.ROOT), vessel);
            }
        });
        this.vessels = List.copyOf(byNumber.values().stream()
                .sorted(Comparator.comparing(RegisteredVessel::registrationNumber)).toList());
        for (DepartureRecord record : departures) {
            this.departures.computeIfAbsent(key(record.registrationNumber()), k -> new ArrayList<>()).add(record);
        }
        this.departures.replaceAll((k, records) -> records.stream()
                .sorted(Comparator.comparingLong(DepartureRecord::departureMillis)).toList());
    }

    /** The registration key of {@code registrationNumber}: {@link #keyOf}, looked up for the numbers held here. */
    private String key(String registrationNumber) {
        String key = keys.get(registrationNumber);
        return key != null ? key : keyOf(registrationNumber);
    }

    /** The registration key: {@link RegistrationNumbers#key}, or the text upper-cased when it is no such number. */
    private static String keyOf(String registrationNumber) {
        String key = RegistrationNumbers.key(registrationNumber);
        return key != null ? key : registrationNumber.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<RegisteredVessel> byRegistrationNumber(String registrationNumber) {
        return registrationNumber == null ? Optional.empty()
                : Optional.ofNullable(byNumber.get(key(registrationNumber)));
    }

    @Override
    public Optional<RegisteredVessel> byMmsi(int mmsi) {
        return mmsi == 0 ? Optional.empty() : Optional.ofNullable(byMmsi.get(mmsi));
    }

    @Override
    public Optional<RegisteredVessel> byVmsDeviceId(String vmsDeviceId) {
        return vmsDeviceId == null ? Optional.empty()
                : Optional.ofNullable(byDevice.get(vmsDeviceId.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public List<RegisteredVessel> vessels() {
        return vessels;
    }

    /** Every departure record, by vessel, oldest first. */
    public List<DepartureRecord> departures() {
        return departures.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public List<DepartureRecord> departures(String registrationNumber, long fromMillis, long toMillis) {
        List<DepartureRecord> all = departures.getOrDefault(key(registrationNumber), List.of());
        if (all.isEmpty()) {
            return List.of();
        }
        List<DepartureRecord> found = new ArrayList<>();
        for (DepartureRecord record : all) {
            if (record.departureMillis() >= fromMillis && record.departureMillis() < toMillis) {
                found.add(record);
            }
        }
        return found;
    }

    /** Without building the list of departures: a scan back from the latest. */
    @Override
    public Optional<DepartureRecord> latestDepartureBefore(String registrationNumber, long toMillis) {
        List<DepartureRecord> all = departures.getOrDefault(key(registrationNumber), List.of());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).departureMillis() < toMillis) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<DepartureRecord> latestDeparture(String registrationNumber) {
        List<DepartureRecord> all = departures.getOrDefault(key(registrationNumber), List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
