package io.coastwatch.operations.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void daysBeginAndEndInVietnamTime() {
        Period june = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(Instant.parse("2026-05-31T17:00:00Z"), june.start());
        assertEquals(Instant.parse("2026-06-30T17:00:00Z"), june.end());
        assertTrue(june.contains(Instant.parse("2026-05-31T17:00:00Z")));
        assertFalse(june.contains(Instant.parse("2026-05-31T16:59:59Z")));
        assertFalse(june.contains(Instant.parse("2026-06-30T17:00:00Z")));
    }

    @Test
    void theSamePeriodOfTheYearBeforeKeepsItsDays() {
        assertEquals(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).sameTimeLastYear());
        assertEquals(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)),
                new Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)).sameTimeLastYear());
    }

    @Test
    void aPeriodCoversThoseWithinItAndEndsAfterItBegins() {
        Period year = Period.year(2026);
        assertTrue(year.covers(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))));
        assertFalse(year.covers(new Period(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31))));
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)));
    }
}
