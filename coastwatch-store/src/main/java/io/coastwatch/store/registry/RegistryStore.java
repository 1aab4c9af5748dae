package io.coastwatch.store.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import java.util.Collection;
import java.util.List;

/**
 * The fisheries registry and port control's departure records, kept so that a restart loses nothing a
 * user imported. Every write is one durable transaction. Thread-safe.
 */
public interface RegistryStore {

    /** Every registered vessel, in registration-number order. */
    List<RegisteredVessel> vessels();

    /**
     * Stores these vessels: inserts the new ones and replaces those with the same registration number;
     * with {@code replaceAll}, first removes every vessel not among them (an import of the whole
     * registry).
     */
    void saveVessels(Collection<RegisteredVessel> vessels, boolean replaceAll);

    /** Every departure record, oldest departure first. */
    List<DepartureRecord> departures();

    /** Stores these records, replacing those of the same vessel and departure time. */
    void saveDepartures(Collection<DepartureRecord> departures);
}
