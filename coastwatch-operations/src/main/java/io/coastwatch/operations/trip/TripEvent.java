package io.coastwatch.operations.trip;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened to a trip, appended and never changed; the trip's state is derived from them
 * ({@link Trip}). Every event says when and by whom ({@code system:<job>} for what the track showed).
 * Immutable.
 */
public sealed interface TripEvent {

    /** When it happened. */
    Instant at();

    /** The account that recorded it. */
    String account();

    /**
     * A departure declared at a station.
     *
     * @param vesselKey the vessel's registration key
     * @param stationId the station that registers it
     * @param portId the port zone it leaves from
     * @param plannedDeparture when it means to leave
     * @param plannedReturn when it means to be back
     * @param fishingGround where it means to fish (a named area), or {@code ""}
     * @param crew how many are on board, the captain included
     */
    record Declared(Instant at, String account, String vesselKey, String stationId, String portId,
            Instant plannedDeparture, Instant plannedReturn, String fishingGround, int crew) implements TripEvent {
        public Declared {
            Objects.requireNonNull(vesselKey, "vesselKey");
            Objects.requireNonNull(stationId, "stationId");
            Objects.requireNonNull(portId, "portId");
            Objects.requireNonNull(plannedDeparture, "plannedDeparture");
            Objects.requireNonNull(plannedReturn, "plannedReturn");
            Objects.requireNonNull(fishingGround, "fishingGround");
            if (!plannedReturn.isAfter(plannedDeparture)) {
                throw new IllegalArgumentException("the planned return must come after the planned departure");
            }
            if (crew < 1) {
                throw new IllegalArgumentException("a vessel sails with a crew of one at least, not " + crew);
            }
        }
    }

    /**
     * The station's decision, with the checks it was based on and the registry record they read.
     *
     * @param decision cleared, refused or held
     * @param checks the checks as computed
     * @param overridden the checks (their {@link DepartureCheck#check()}) the officer overrode, which then
     *     count as passed; only with a {@code note}
     * @param reasons the refusal reasons of a refusal or a hold (failed checks' reasons, or {@code other})
     * @param note the officer's note, or {@code ""}
     * @param vesselSnapshot the vessel's registry fields the checks read
     */
    record Decided(Instant at, String account, TripState decision, List<DepartureCheck> checks, List<String> overridden,
            List<String> reasons, String note, Map<String, Object> vesselSnapshot) implements TripEvent {
        public Decided {
            if (decision != TripState.CLEARED && decision != TripState.REFUSED && decision != TripState.HELD) {
                throw new IllegalArgumentException("a decision clears, refuses or holds, not " + decision);
            }
            checks = List.copyOf(checks);
            overridden = List.copyOf(overridden);
            reasons = List.copyOf(reasons);
            Objects.requireNonNull(note, "note");
            vesselSnapshot = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vesselSnapshot));
        }
    }

    /** The vessel left port (the officer saw it, or the track left the port area). */
    record Departed(Instant at, String account) implements TripEvent {
    }

    /** The vessel is at sea (the track left the port's waters). */
    record AtSea(Instant at, String account) implements TripEvent {
    }

    /**
     * Its arrival declared.
     *
     * @param expectedAt when it expects to be in port
     */
    record ArrivalDeclared(Instant at, String account, Instant expectedAt) implements TripEvent {
        public ArrivalDeclared {
            Objects.requireNonNull(expectedAt, "expectedAt");
        }
    }

    /**
     * The vessel arrived and the station counted its crew.
     *
     * @param crewCounted how many came back
     * @param logbookHandedIn whether the logbook was handed in
     * @param landingReceipt the landing receipt's reference (eCDT), or {@code ""}
     */
    record Arrived(Instant at, String account, int crewCounted, boolean logbookHandedIn, String landingReceipt)
            implements TripEvent {
        public Arrived {
            if (crewCounted < 0) {
                throw new IllegalArgumentException("a crew count is not negative: " + crewCounted);
            }
            Objects.requireNonNull(landingReceipt, "landingReceipt");
        }
    }

    /** The station verified the arrival: the trip is closed. */
    record Verified(Instant at, String account, String note) implements TripEvent {
        public Verified {
            Objects.requireNonNull(note, "note");
        }
    }
}
