package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.label.Label;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a rule type, declared once in {@link RuleTypes}: its name, type, unit, default and
 * allowed range (both ends included), and its label in both languages. A number may have no default
 * (none means "no limit": {@link #defaultNumber()} is infinite); a duration always has one. Values come
 * as text (the rules file's and the API's {@code parameters}); {@link #check} says what is wrong with
 * one, {@link #number} and {@link #duration} read a definition's value or the default. Immutable.
 */
public final class ParameterSpec {
    private final String name;
    private final ParameterType type;
    private final Unit unit;
    private final boolean whole;
    private final double defaultNumber;
    private final double minNumber;
    private final double maxNumber;
    private final Duration defaultDuration;
    private final Duration minDuration;
    private final Duration maxDuration;
    private final Label label;

    private ParameterSpec(String name, ParameterType type, Unit unit, boolean whole, double defaultNumber,
            double minNumber, double maxNumber, Duration defaultDuration, Duration minDuration, Duration maxDuration,
            Label label) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.unit = unit;
        this.whole = whole;
        this.defaultNumber = defaultNumber;
        this.minNumber = minNumber;
        this.maxNumber = maxNumber;
        this.defaultDuration = defaultDuration;
        this.minDuration = minDuration;
        this.maxDuration = maxDuration;
        this.label = Objects.requireNonNull(label, "label");
    }

    /**
     * A number in {@code unit} from {@code min} to {@code max}; {@code defaultValue} infinite for "no limit"
     * unless given.
     */
    public static ParameterSpec number(String name, Unit unit, double defaultValue, double min, double max,
            String vi, String en) {
        if (!(min <= max) || !(Double.isInfinite(defaultValue) || defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + "-" + max);
        }
        return new ParameterSpec(name, ParameterType.NUMBER, Objects.requireNonNull(unit, "unit"), false,
                defaultValue, min, max, null, null, null, Label.of(vi, en));
    }

    /** A whole number of things ({@link Unit#COUNT}) from {@code min} to {@code max}. */
    public static ParameterSpec count(String name, int defaultValue, int min, int max, String vi, String en) {
        ParameterSpec spec = number(name, Unit.COUNT, defaultValue, min, max, vi, en);
        return new ParameterSpec(name, ParameterType.NUMBER, Unit.COUNT, true, defaultValue, min, max, null, null,
                null, spec.label);
    }

    /** A duration from {@code min} to {@code max}. */
    public static ParameterSpec duration(String name, Duration defaultValue, Duration min, Duration max,
            String vi, String en) {
        if (min.isNegative() || min.compareTo(max) > 0 || defaultValue.compareTo(min) < 0
                || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + "-" + max);
        }
        return new ParameterSpec(name, ParameterType.DURATION, null, false, Double.NaN, Double.NaN, Double.NaN,
                defaultValue, min, max, Label.of(vi, en));
    }

    public String name() {
        return name;
    }

    public ParameterType type() {
        return type;
    }

    /** The unit of a number; empty for a duration. */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /** Whether a number must be whole. */
    public boolean whole() {
        return whole;
    }

    public Label label() {
        return label;
    }

    /** A number's default; infinite when there is none ("no limit"). NaN for a duration. */
    public double defaultNumber() {
        return defaultNumber;
    }

    /** A number's least allowed value. */
    public double minNumber() {
        return minNumber;
    }

    /** A number's greatest allowed value. */
    public double maxNumber() {
        return maxNumber;
    }

    /** A duration's default; null for a number. */
    public Duration defaultDuration() {
        return defaultDuration;
    }

    /** A duration's shortest allowed value. */
    public Duration minDuration() {
        return minDuration;
    }

    /** A duration's longest allowed value. */
    public Duration maxDuration() {
        return maxDuration;
    }

    /** What is wrong with {@code text} as this parameter's value, if anything. */
    public Optional<RuleProblem> check(String text) {
        String field = "parameters." + name;
        if (type == ParameterType.DURATION) {
            Duration value = parseDuration(text);
            if (value == null) {
                return Optional.of(new RuleProblem(field, "not-a-duration",
                        "expected a duration (90s, 20m, 6h, 10d or PT6H), not " + text));
            }
            if (value.compareTo(minDuration) < 0 || value.compareTo(maxDuration) > 0) {
                return Optional.of(new RuleProblem(field, "out-of-range",
                        "expected from " + minDuration + " to " + maxDuration + ", not " + text));
            }
            return Optional.empty();
        }
        double value = parseNumber(text);
        if (Double.isNaN(value)) {
            return Optional.of(new RuleProblem(field, "not-a-number", "expected a number, not " + text));
        }
        if (whole && value != Math.rint(value)) {
            return Optional.of(new RuleProblem(field, "not-a-whole-number", "expected a whole number, not " + text));
        }
        if (value < minNumber || value > maxNumber) {
            return Optional.of(new RuleProblem(field, "out-of-range", "expected from " + format(minNumber) + " to "
                    + format(maxNumber) + " " + unit.slug() + ", not " + text));
        }
        return Optional.empty();
    }

    /**
     * The definition's value of this number, or its default.
     *
     * @throws IllegalStateException when this is not a number
     */
    public double number(RuleDefinition definition) {
        if (type != ParameterType.NUMBER) {
            throw new IllegalStateException(name + " is a " + type.slug());
        }
        String text = definition.parameters().get(name);
        return text == null ? defaultNumber : parseNumber(text);
    }

    /**
     * The definition's value of this duration, or its default.
     *
     * @throws IllegalStateException when this is not a duration
     */
    public Duration duration(RuleDefinition definition) {
        if (type != ParameterType.DURATION) {
            throw new IllegalStateException(name + " is a " + type.slug());
        }
        String text = definition.parameters().get(name);
        return text == null ? defaultDuration : parseDuration(text);
    }

    /** {@code text} as a finite number, or NaN when it is not one (NaN and infinities are not). */
    private static double parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code text} as a duration (90s, 20m, 6h, 10d or ISO-8601), or {@code null} when it is not one. */
    static Duration parseDuration(String text) {
        String value = text.strip();
        try {
            if (value.startsWith("P") || value.startsWith("p")) {
                return Duration.parse(value);
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
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

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    @Override
    public String toString() {
        return name + " (" + type.slug() + (unit == null ? "" : ", " + unit.slug()) + ")";
    }
}
