package io.coastwatch.operations.indicator.alert;

import io.coastwatch.operations.indicator.Position;
import java.time.Instant;
import java.util.Objects;

/**
 * What the indicators read of an alert: its rule type, vessel, zone and state, when it was first
 * detected, and when a person first acted on it (acknowledged, escalated or closed it). Immutable.
 *
 * @param id              the alert's id
 * @param ruleType        the rule's type slug, e.g. {@code foreign-vessel}
 * @param vesselId        the vessel (MMSI, or the store's vessel id)
 * @param zoneId          the zone it was raised in, empty for none
 * @param state           the state slug ({@code new}, {@code acknowledged}, … {@code false-alarm})
 * @param detectedAt      the first detection
 * @param firstResponseAt a person's first action on it, or {@code null} while nobody has acted
 * @param position        where it was raised, or {@code null} when the alert has no position
 */
public record AlertFact(long id, String ruleType, long vesselId, String zoneId, String state, Instant detectedAt,
        Instant firstResponseAt, Position position) {

    /** The state of an alert closed as a false alarm. */
    public static final String FALSE_ALARM = "false-alarm";

    public AlertFact {
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    public boolean falseAlarm() {
        return FALSE_ALARM.equals(state);
    }
}
