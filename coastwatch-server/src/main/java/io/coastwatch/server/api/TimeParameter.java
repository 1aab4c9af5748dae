package io.coastwatch.server.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times as the API takes them: ISO-8601 ({@code 2026-11-29T02:00:00Z}, with an offset) or UNIX ms. */
public final class TimeParameter {

    private TimeParameter() {
    }

    /**
     * Parses a time.
     *
     * @param name the parameter's name, for the message
     * @return UNIX ms
     * @throws IllegalArgumentException naming the parameter and the value
     */
    public static long parseMillis(String name, String value) {
        String text = value.trim();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-') && text.lastIndexOf('-') <= 0) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad time for '" + name + "': " + value);
            }
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad time for '" + name + "': '" + value
                        + "' (ISO-8601 such as 2026-11-29T02:00:00Z, or UNIX milliseconds)");
            }
        }
    }
}
