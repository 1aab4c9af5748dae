package io.coastwatch.operations.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The fleet registry (port; the store implements it on SQLite and PostgreSQL): the vessels as they are
 * now, found by any identity, and each vessel's history of versions. Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface FleetRepository {

    /** Every vessel, by registration key. */
    List<FleetVessel> all();

    /** How many vessels there are. */
    int count();

    /** The vessel whose {@link FleetVessel#key()} is {@code key}. */
    Optional<FleetVessel> byKey(String key);

    /** The vessel whose AIS transponder has {@code mmsi}. */
    Optional<FleetVessel> byMmsi(int mmsi);

    /** The vessel that carries the VMS device {@code deviceId} (case and spaces around it ignored). */
    Optional<FleetVessel> byVmsDevice(String deviceId);

    /**
     * The vessel {@code identity} names, whichever it is: its registration number however spelled, its
     * MMSI, one of its VMS devices or its hull marking.
     */
    default Optional<FleetVessel> byIdentity(String identity) {
        String text = identity.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<FleetVessel> found = byKey(FleetVessel.keyOf(text));
        if (found.isEmpty() && text.matches("\\d{9}")) {
            found = byMmsi(Integer.parseInt(text));
        }
        return found.isPresent() ? found : byVmsDevice(text);
    }

    /**
     * The vessels whose registration key starts with the key of {@code text} or whose name or owner
     * contains {@code text} (case ignored), by registration key, at most {@code limit}.
     */
    List<FleetVessel> search(String text, int limit);

    /**
     * Stores {@code vessels} as their next versions (the first for a new key), made by {@code action} of
     * {@code account} at {@code at}. The vessels' keys must be distinct.
     */
    void save(Collection<FleetVessel> vessels, String action, String account, Instant at);

    /** Removes the vessels with {@code keys} from the registry; their history stays. */
    void remove(Collection<String> keys);

    /** The versions of the vessel with {@code key}, oldest first; empty when it never existed. */
    List<VesselVersion> history(String key);
}
