package io.coastwatch.operations.trip;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.StateConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fishing vessel's trip as the station follows it: its events, oldest first, and what they make of
 * it — its {@link #state()}, the decision, whether it is overdue, whether its crew came back. A trip
 * changes only by {@link #with} an event its state allows. Immutable.
 *
 * @param id the trip's id
 * @param events its events, the first a {@link TripEvent.Declared}
 */
public record Trip(String id, List<TripEvent> events) {

    public Trip {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
        if (events.isEmpty() || !(events.getFirst() instanceof TripEvent.Declared)) {
            throw new IllegalArgumentException("a trip starts with its declaration");
        }
    }

    /** A trip just declared. */
    public static Trip declared(String id, TripEvent.Declared declaration) {
        return new Trip(id, List.of(declaration));
    }

    /** Its declaration. */
    public TripEvent.Declared declaration() {
        return (TripEvent.Declared) events.getFirst();
    }

    /** Where it stands after its last event. */
    public TripState state() {
        TripState state = TripState.DECLARED;
        for (TripEvent event : events.subList(1, events.size())) {
            state = after(state, event);
        }
        return state;
    }

    /** The latest decision, if the station decided. */
    public Optional<TripEvent.Decided> decision() {
        return events.reversed().stream().filter(TripEvent.Decided.class::isInstance).map(TripEvent.Decided.class::cast)
                .findFirst();
    }

    /** Its arrival, once recorded. */
    public Optional<TripEvent.Arrived> arrival() {
        return events.stream().filter(TripEvent.Arrived.class::isInstance).map(TripEvent.Arrived.class::cast).findFirst();
    }

    /** Whether at {@code now} it is out of port past its planned return by more than {@code grace}. */
    public boolean overdue(Instant now, Duration grace) {
        return state().outOfPort() && now.isAfter(declaration().plannedReturn().plus(grace));
    }

    /** How many of its declared crew did not come back (0 before the arrival, or when all did). */
    public int missingCrew() {
        return arrival().map(arrived -> Math.max(0, declaration().crew() - arrived.crewCounted())).orElse(0);
    }

    /**
     * The trip with {@code event} appended.
     *
     * @throws StateConflict when its state does not allow the event (a departure before clearance …)
     * @throws InvalidRequest when a decision does not hold together: a clearance with a failed check
     *     not overridden, an override or the reason {@code other} without a note, a refusal without a reason
     */
    public Trip with(TripEvent event) {
        if (event instanceof TripEvent.Declared) {
            throw new StateConflict("trip " + id + " is declared already");
        }
        after(state(), event);
        if (event instanceof TripEvent.Decided decided) {
            checkDecision(decided);
        }
        List<TripEvent> next = new ArrayList<>(events);
        next.add(event);
        return new Trip(id, next);
    }

    private TripState after(TripState state, TripEvent event) {
        TripState next = switch (event) {
            case TripEvent.Decided decided when state == TripState.DECLARED
                    || state == TripState.HELD && decided.decision() != TripState.HELD -> decided.decision();
            case TripEvent.Departed departed when state == TripState.CLEARED -> TripState.DEPARTED;
            case TripEvent.AtSea atSea when state == TripState.DEPARTED -> TripState.AT_SEA;
            case TripEvent.ArrivalDeclared declared when state == TripState.DEPARTED || state == TripState.AT_SEA ->
                    TripState.ARRIVAL_DECLARED;
            case TripEvent.Arrived arrived when state.outOfPort() -> TripState.ARRIVED;
            case TripEvent.Verified verified when state == TripState.ARRIVED -> TripState.VERIFIED;
            default -> null;
        };
        if (next == null) {
            throw new StateConflict("trip " + id + " is " + state.slug() + ": it cannot take "
                    + event.getClass().getSimpleName());
        }
        return next;
    }

    private static void checkDecision(TripEvent.Decided decided) {
        List<Problem> problems = new ArrayList<>();
        boolean noted = !decided.note().isBlank();
        List<String> failed = decided.checks().stream().filter(check -> check.outcome() == CheckOutcome.FAIL)
                .map(DepartureCheck::check).toList();
        for (String overridden : decided.overridden()) {
            if (!failed.contains(overridden)) {
                problems.add(new Problem("overridden", "unknown-value", overridden + " is not a failed check"));
            }
        }
        if (!decided.overridden().isEmpty() && !noted) {
            problems.add(new Problem("note", "required", "an override needs a note saying why"));
        }
        if (decided.decision() == TripState.CLEARED) {
            failed.stream().filter(check -> !decided.overridden().contains(check)).findFirst()
                    .ifPresent(check -> problems.add(new Problem("overridden", "check-failed",
                            "the check " + check + " failed: clearing needs it overridden, with a note")));
        } else if (decided.reasons().isEmpty()) {
            problems.add(new Problem("reasons", "required", "a refusal or a hold names its reasons"));
        }
        if (decided.reasons().contains("other") && !noted) {
            problems.add(new Problem("note", "required", "the reason other needs a note saying which"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }
}
