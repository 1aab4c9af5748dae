package io.coastwatch.operations.indicator.departure;

import java.time.Instant;
import java.util.Objects;

/**
 * What the indicators read of a recorded departure: the vessel, when it left, from which port and
 * which station recorded it. Immutable.
 *
 * @param registrationNumber the fishing vessel's registration number
 * @param departedAt         when it left
 * @param portId             the port (a zone id)
 * @param stationId          the recording station (a unit id)
 */
public record DepartureFact(String registrationNumber, Instant departedAt, String portId, String stationId) {
    public DepartureFact {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(departedAt, "departedAt");
        Objects.requireNonNull(portId, "portId");
        Objects.requireNonNull(stationId, "stationId");
    }
}
