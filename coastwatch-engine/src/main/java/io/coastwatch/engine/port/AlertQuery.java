package io.coastwatch.engine.port;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import java.util.Collection;
import java.util.Set;

/**
 * Which alerts to list: every non-empty filter must hold (an empty set or {@code null} filters
 * nothing). Alerts come newest {@link Alert#lastMillis()} first. Made with {@link #builder()}.
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

    /** How many alerts a query without {@link Builder#limit} lists. */
    public static final int DEFAULT_LIMIT = 100;

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
        return builder().limit(limit).build();
    }

    /** A query filtering nothing, the first {@link #DEFAULT_LIMIT}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AlertQuery} by naming its filters; not thread-safe. */
    public static final class Builder {
        private Set<AlertState> states = Set.of();
        private Set<String> ruleIds = Set.of();
        private Set<RuleType> ruleTypes = Set.of();
        private Set<Severity> severities = Set.of();
        private Long vesselId;
        private String zoneId;
        private Long fromMillis;
        private Long toMillis;
        private int limit = DEFAULT_LIMIT;
        private int offset;

        private Builder() {
        }

        public Builder states(Collection<AlertState> values) {
            this.states = values == null ? Set.of() : Set.copyOf(values);
            return this;
        }

        public Builder ruleIds(Collection<String> values) {
            this.ruleIds = values == null ? Set.of() : Set.copyOf(values);
            return this;
        }

        public Builder ruleTypes(Collection<RuleType> values) {
            this.ruleTypes = values == null ? Set.of() : Set.copyOf(values);
            return this;
        }

        public Builder severities(Collection<Severity> values) {
            this.severities = values == null ? Set.of() : Set.copyOf(values);
            return this;
        }

        public Builder vesselId(Long value) {
            this.vesselId = value;
            return this;
        }

        public Builder zoneId(String value) {
            this.zoneId = value;
            return this;
        }

        public Builder fromMillis(Long value) {
            this.fromMillis = value;
            return this;
        }

        public Builder toMillis(Long value) {
            this.toMillis = value;
            return this;
        }

        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        /** @throws IllegalArgumentException when the limit is below 1 or the offset below 0 */
        public AlertQuery build() {
            return new AlertQuery(states, ruleIds, ruleTypes, severities, vesselId, zoneId, fromMillis, toMillis, limit,
                    offset);
        }
    }
}
