package io.coastwatch.engine.registry;

import java.util.List;
import java.util.Optional;

/**
 * The registered fishing vessels and the departure records of port control, as the rules read them.
 * Implementations are thread-safe; reads are cheap (in memory) because rules call them for every fix.
 */
public interface VesselRegistry {

    /** The vessel registered as {@code registrationNumber}. */
    Optional<RegisteredVessel> byRegistrationNumber(String registrationNumber);

    /** The vessel whose AIS transponder has {@code mmsi}. */
    Optional<RegisteredVessel> byMmsi(int mmsi);

    /** The vessel whose VMS terminal is {@code vmsDeviceId}. */
    Optional<RegisteredVessel> byVmsDeviceId(String vmsDeviceId);

    /** Every registered vessel. */
    List<RegisteredVessel> vessels();

    /**
     * The departure records of {@code registrationNumber} whose departure lies in
     * {@code [fromMillis, toMillis)}, oldest first.
     */
    List<DepartureRecord> departures(String registrationNumber, long fromMillis, long toMillis);

    /**
     * The latest of {@code registrationNumber}'s departure records whose departure lies before
     * {@code toMillis} (the last of {@link #departures departures(registrationNumber, Long.MIN_VALUE,
     * toMillis)}), if any.
     */
    default Optional<DepartureRecord> latestDepartureBefore(String registrationNumber, long toMillis) {
        List<DepartureRecord> begun = departures(registrationNumber, Long.MIN_VALUE, toMillis);
        return begun.isEmpty() ? Optional.empty() : Optional.of(begun.getLast());
    }

    /** The vessel's latest departure record, if any. */
    Optional<DepartureRecord> latestDeparture(String registrationNumber);
}
