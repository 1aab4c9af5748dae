package io.coastwatch.engine.registry;

import java.util.Objects;

/**
 * A Border Guard station's record of a fishing vessel leaving port (and, once back, arriving).
 * Immutable.
 *
 * @param registrationNumber the vessel
 * @param portId the port zone it left
 * @param stationId the Border Guard station that recorded it
 * @param departureMillis when it left, UNIX ms
 * @param declaredReturnMillis when it declared it would be back, UNIX ms
 * @param arrivalMillis when it was recorded back, UNIX ms, or {@link Long#MIN_VALUE} while at sea
 */
public record DepartureRecord(String registrationNumber, String portId, String stationId, long departureMillis,
        long declaredReturnMillis, long arrivalMillis) {

    public DepartureRecord {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(portId, "portId");
        Objects.requireNonNull(stationId, "stationId");
    }

    /** Whether the vessel has been recorded back. */
    public boolean arrived() {
        return arrivalMillis != Long.MIN_VALUE;
    }
}
