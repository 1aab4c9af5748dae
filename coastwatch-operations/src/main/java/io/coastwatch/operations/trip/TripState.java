package io.coastwatch.operations.trip;

import io.coastwatch.operations.common.Slugs;

/**
 * Where a trip stands, derived from its events ({@code docs/operations.md}, "Port control"): declared,
 * then cleared, refused or held by the station; departed, at sea; its arrival declared, arrived,
 * verified. Overdue is not a state but a flag of a trip at sea past its planned return and the grace
 * ({@link Trip#overdue}).
 */
public enum TripState {
    DECLARED, CLEARED, REFUSED, HELD, DEPARTED, AT_SEA, ARRIVAL_DECLARED, ARRIVED, VERIFIED;

    /** The API's code: {@code arrival-declared} … */
    public String slug() {
        return Slugs.of(this);
    }

    /** Whether the vessel is out of port in this state (the trip counts for overdue). */
    public boolean outOfPort() {
        return this == DEPARTED || this == AT_SEA || this == ARRIVAL_DECLARED;
    }

    /** Whether nothing more happens to the trip. */
    public boolean ended() {
        return this == REFUSED || this == VERIFIED;
    }
}
