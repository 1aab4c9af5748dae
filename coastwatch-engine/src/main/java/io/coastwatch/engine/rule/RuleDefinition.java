package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One rule instance as an administrator defines it (in the rules file or through the API). Immutable.
 *
 * @param id unique, non-blank ({@code boundary-approach}, {@code encounter-strict})
 * @param type which rule of docs/rules.md
 * @param enabled whether it runs
 * @param severity the severity of its alerts (rules with two levels, like boundary approach, raise
 *     the higher one themselves)
 * @param parameters thresholds by name, as text ({@code distanceNm → 5}, {@code gap → 6h}); missing
 *     ones take docs/rules.md's defaults
 * @param scope which vessels, zones and times it applies to
 */
public record RuleDefinition(String id, RuleType type, boolean enabled, Severity severity,
        Map<String, String> parameters, RuleScope scope) {

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank rule id");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        parameters = Map.copyOf(parameters);
    }

    /** The number named {@code name}, or {@code defaultValue} when it is not set. */
    public double number(String name, double defaultValue) {
        String value = parameters.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule " + id + ": parameter " + name + " is not a number: " + value);
        }
    }

    /**
     * The duration named {@code name} ({@code 90s}, {@code 20m}, {@code 6h}, {@code 10d}, or ISO-8601
     * {@code PT6H}), or {@code defaultValue} when it is not set.
     */
    public Duration duration(String name, Duration defaultValue) {
        String value = parameters.get(name);
        if (value == null) {
            return defaultValue;
        }
        Duration duration = parseDuration(value);
        if (duration == null) {
            throw new IllegalArgumentException("rule " + id + ": parameter " + name
                    + " is not a duration (90s, 20m, 6h, 10d or PT6H): " + value);
        }
        return duration;
    }

    /** The longest of the parameters given that read as durations; zero when none does. */
    public Duration longestDuration() {
        Duration longest = Duration.ZERO;
        for (String value : parameters.values()) {
            Duration duration = parseDuration(value);
            if (duration != null && duration.compareTo(longest) > 0) {
                longest = duration;
            }
        }
        return longest;
    }

    /** {@code value} as a duration (90s, 20m, 6h, 10d or ISO-8601), or {@code null} when it is not one. */
    private static Duration parseDuration(String value) {
        String text = value.strip();
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                return Duration.parse(text);
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> null;
            };
        } catch (RuntimeException notADuration) { // DateTimeParseException, NumberFormatException, an empty text
            return null;
        }
    }
}
