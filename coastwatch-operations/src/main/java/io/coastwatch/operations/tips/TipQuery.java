package io.coastwatch.operations.tips;

import java.time.Instant;
import java.util.Set;

/**
 * Which tips a search or a count takes: every filter given must hold; an empty set or {@code null}
 * filters nothing. Immutable.
 *
 * @param states the states, or empty for any
 * @param kindIds the incident kinds, or empty for any
 * @param unitIds the units that took them, or {@code null} for any (an empty set: none)
 * @param from tips observed at or after, or {@code null}
 * @param to tips observed before, or {@code null}
 * @param limit the most tips a page holds, 1 to {@link #MAX_LIMIT}
 * @param offset how many to skip
 */
public record TipQuery(Set<TipState> states, Set<String> kindIds, Set<String> unitIds, Instant from, Instant to,
        int limit, int offset) {

    /** The most tips one page holds. */
    public static final int MAX_LIMIT = 1_000;

    public TipQuery {
        states = Set.copyOf(states);
        kindIds = Set.copyOf(kindIds);
        unitIds = unitIds == null ? null : Set.copyOf(unitIds);
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + " and offset at least 0");
        }
    }

    /** Every tip, the first {@code limit}. */
    public static TipQuery all(int limit) {
        return new TipQuery(Set.of(), Set.of(), null, null, null, limit, 0);
    }
}
