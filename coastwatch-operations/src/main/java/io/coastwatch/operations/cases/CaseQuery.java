package io.coastwatch.operations.cases;

import java.time.Instant;
import java.util.Set;

/**
 * Which cases a search or a count takes: every filter given must hold; an empty set or {@code null}
 * filters nothing. Immutable.
 *
 * @param states the states, or empty for any
 * @param kindIds the incident kinds, or empty for any
 * @param unitIds the assigned units, or {@code null} for any (an empty set: none)
 * @param from cases that happened at or after, or {@code null}
 * @param to cases that happened before, or {@code null}
 * @param text a part of the number or title (case ignored for Latin letters), or {@code null}
 * @param limit the most cases a page holds, 1 to {@link #MAX_LIMIT}
 * @param offset how many to skip
 */
public record CaseQuery(Set<CaseState> states, Set<String> kindIds, Set<String> unitIds, Instant from, Instant to,
        String text, int limit, int offset) {

    /** The most cases one page holds. */
    public static final int MAX_LIMIT = 1_000;

    public CaseQuery {
        states = Set.copyOf(states);
        kindIds = Set.copyOf(kindIds);
        unitIds = unitIds == null ? null : Set.copyOf(unitIds);
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + " and offset at least 0");
        }
    }

    /** Every case, the first {@code limit}. */
    public static CaseQuery all(int limit) {
        return new CaseQuery(Set.of(), Set.of(), null, null, null, null, limit, 0);
    }
}
