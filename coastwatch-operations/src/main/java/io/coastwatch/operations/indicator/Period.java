package io.coastwatch.operations.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A reporting period: whole days of Vietnam's calendar (GMT+7) from {@code first} to {@code last},
 * both included, as reports name them ("6 tháng đầu năm 2026": 2026-01-01 to 2026-06-30). Immutable.
 */
public record Period(LocalDate first, LocalDate last) {

    /** Vietnam's time zone, in which the days of a period begin and end. */
    public static final ZoneId VIETNAM = ZoneOffset.ofHours(7);

    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends " + last + " before it begins " + first);
        }
    }

    /** The calendar year. */
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The first instant of the period. */
    public Instant start() {
        return first.atStartOfDay(VIETNAM).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /** Whether {@code at} falls within the period. */
    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** Whether the period holds every day of {@code other}. */
    public boolean covers(Period other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** The same period of the year before (cùng kỳ); 29 February becomes the 28th. */
    public Period sameTimeLastYear() {
        return new Period(first.minusYears(1), last.minusYears(1));
    }
}
