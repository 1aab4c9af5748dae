package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import java.time.Duration;
import java.util.List;
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
 * @param parameters thresholds by name, as text ({@code distanceNm → 5}, {@code gap → 6h}), each one
 *     its type declares ({@link RuleTypes}); missing ones take the declared defaults (docs/rules.md's)
 * @param scope which vessels, zones and times it applies to
 */
public record RuleDefinition(String id, RuleType type, boolean enabled, Severity severity,
        Map<String, String> parameters, RuleScope scope) {

    /**
     * @throws InvalidRuleException when a parameter is not one of the type's ({@link RuleTypes}) or its
     *     value is not of its type or out of its range
     */
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank rule id");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        parameters = Map.copyOf(parameters);
        List<RuleProblem> problems = RuleTypes.of(type).check(parameters);
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(id, problems);
        }
    }

    /** The declaration of this rule's type: its parameters, figures and labels. */
    public RuleTypeSpec spec() {
        return RuleTypes.of(type);
    }

    /**
     * The number named {@code name}, or its declared default.
     *
     * @throws IllegalStateException when the type declares no such number
     */
    public double number(String name) {
        return spec().required(name).number(this);
    }

    /**
     * The duration named {@code name}, or its declared default.
     *
     * @throws IllegalStateException when the type declares no such duration
     */
    public Duration duration(String name) {
        return spec().required(name).duration(this);
    }

    /** The longest of the durations given (not defaulted); zero when none is. */
    public Duration longestDuration() {
        Duration longest = Duration.ZERO;
        for (ParameterSpec parameter : spec().parameters()) {
            if (parameter.type() == ParameterType.DURATION && parameters.containsKey(parameter.name())) {
                Duration duration = parameter.duration(this);
                if (duration.compareTo(longest) > 0) {
                    longest = duration;
                }
            }
        }
        return longest;
    }
}
