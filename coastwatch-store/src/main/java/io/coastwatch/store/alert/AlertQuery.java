package io.coastwatch.store.alert;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import java.util.Set;

/**
 * Which alerts to list: every non-empty filter must hold (an empty set or {@code null} filters
 * nothing). Alerts come newest {@link Alert#lastMillis()} first.
 *
 * @param states in one of these states
 * @param ruleIds raised by one of these rule instances
 * @param ruleTypes of one of these rule types
 * @param severities of one of these severities
 * @param vesselId concerning this vessel (as vessel or other vessel), or {@code null}
 * @param zoneId concerning this zone, or {@code null}
 * @param fromMillis whose condition held at or after this time ({@code lastMillis >= fromMillis}), or {@code null}
 * @param toMillis first detected at or before this time, or {@code null}
 * @param limit at most this many (1 or more)
 * @param offset after skipping this many (0 or more)
 */
public record AlertQuery(Set<AlertState> states, Set<String> ruleIds, Set<RuleType> ruleTypes, Set<Severity> severities,
        Long vesselId, String zoneId, Long fromMillis, Long toMillis, int limit, int offset) {

    public AlertQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        ruleIds = ruleIds == null ? Set.of() : Set.copyOf(ruleIds);
        ruleTypes = ruleTypes == null ? Set.of() : Set.copyOf(ruleTypes);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
        }
    }

    /** Every alert, the first {@code limit}. */
    public static AlertQuery all(int limit) {
        return new AlertQuery(null, null, null, null, null, null, null, null, limit, 0);
    }
}
