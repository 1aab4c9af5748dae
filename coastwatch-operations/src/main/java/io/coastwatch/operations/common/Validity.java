package io.coastwatch.operations.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an organisational or legal fact holds: a unit as it was named and placed, an agency, a legal
 * reference, a threshold, an indicator's definition. Dates are Vietnam's calendar days. Immutable.
 *
 * @param validFrom the first day it holds
 * @param validTo the first day it no longer holds, or {@code null} while it still does
 */
public record Validity(LocalDate validFrom, LocalDate validTo) {

    public Validity {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " must be after validFrom " + validFrom);
        }
    }

    /** Holding from {@code validFrom} on, with no end yet. */
    public static Validity from(LocalDate validFrom) {
        return new Validity(validFrom, null);
    }

    /** Whether it holds on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    /** Whether it still holds, with no end date. */
    public boolean open() {
        return validTo == null;
    }

    /** Whether some day is covered by both. */
    public boolean overlaps(Validity other) {
        return (validTo == null || other.validFrom.isBefore(validTo))
                && (other.validTo == null || validFrom.isBefore(other.validTo));
    }

    /** The same period ended on {@code day} (the first day it no longer holds). */
    public Validity endingOn(LocalDate day) {
        return new Validity(validFrom, day);
    }
}
