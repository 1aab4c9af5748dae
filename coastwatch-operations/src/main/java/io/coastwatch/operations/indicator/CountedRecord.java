package io.coastwatch.operations.indicator;

import java.time.Instant;
import java.util.Objects;

/**
 * One record a figure counts, as its drill-down lists it: what and which (so that the console can
 * open it), when, and a line that says what it is. Immutable.
 *
 * @param entity  the kind of record, kebab-case as the audit names it: {@code alert}, {@code departure}
 * @param id      the record's id in its own API
 * @param at      the time the indicator counts it at (an alert's first detection, a departure's time)
 * @param summary  a short line for people, e.g. {@code foreign-vessel · 412345678 · zone vn-ts}
 * @param position where it was at sea, or {@code null} for a record not placed (a departure)
 */
public record CountedRecord(String entity, String id, Instant at, String summary, Position position) {
    public CountedRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
    }
}
