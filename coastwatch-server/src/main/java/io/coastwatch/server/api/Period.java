package io.coastwatch.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A period asked for with {@code from} and {@code to} parameters ({@link TimeParameter}): {@code to}
 * defaults to now, {@code from} to a default length before {@code to}. Immutable.
 *
 * @param fromMillis start, UNIX ms, included
 * @param toMillis end, UNIX ms, excluded
 */
public record Period(long fromMillis, long toMillis) {

    /**
     * Parses the parameters.
     *
     * @param from the {@code from} parameter, or {@code null}
     * @param to the {@code to} parameter, or {@code null} for now (inclusive of this millisecond)
     * @param defaultLength the length of the period when {@code from} is not given
     * @param maxLength the longest period accepted, or {@code null} for any
     * @throws ApiException (400) for a bad time, {@code from} not before {@code to}, or a period too long
     */
    public static Period parse(String from, String to, Clock clock, Duration defaultLength, Duration maxLength) {
        long toMillis;
        long fromMillis;
        try {
            toMillis = to == null ? clock.millis() + 1 : TimeParameter.parseMillis("to", to);
            fromMillis = from == null ? toMillis - defaultLength.toMillis() : TimeParameter.parseMillis("from", from);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (fromMillis >= toMillis) {
            throw ApiException.badRequest("from must be before to");
        }
        if (maxLength != null && toMillis - fromMillis > maxLength.toMillis()) {
            throw ApiException.badRequest("the period from " + Instant.ofEpochMilli(fromMillis) + " to "
                    + Instant.ofEpochMilli(toMillis) + " is longer than " + maxLength.toDays() + " days");
        }
        return new Period(fromMillis, toMillis);
    }
}
