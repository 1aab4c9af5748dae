package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.label.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a rule type is, as the catalogue ({@code GET /api/v1/rules/types}) shows it: its name and
 * description, the parameters it takes, the figures its detections carry and the finding the console
 * writes from them ({@code {hoursDark}} a figure; {@code {vessel}}, {@code {otherVessel}}, {@code {zone}},
 * {@code {port}} the alert's names). Declared once per type in {@link RuleTypes}. Immutable.
 *
 * @param type the rule type
 * @param label its name
 * @param description what it detects, in a sentence
 * @param parameters its parameters, in the order the console lists them
 * @param figures the figures of its detections
 * @param finding the template of a finding
 */
public record RuleTypeSpec(RuleType type, Label label, Label description, List<ParameterSpec> parameters,
        List<FigureSpec> figures, Label finding) {

    public RuleTypeSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(finding, "finding");
        parameters = List.copyOf(parameters);
        figures = List.copyOf(figures);
    }

    /** The parameter named {@code name}, if the type has it. */
    public Optional<ParameterSpec> parameter(String name) {
        for (ParameterSpec parameter : parameters) {
            if (parameter.name().equals(name)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /**
     * The parameter named {@code name}, which a rule of this type reads.
     *
     * @throws IllegalStateException when the type declares no such parameter (a rule reading a
     *     parameter it did not declare)
     */
    public ParameterSpec required(String name) {
        return parameter(name).orElseThrow(() -> new IllegalStateException(type.slug() + " declares no parameter "
                + name));
    }

    /** What is wrong with {@code values} (by name, as text) as this type's parameters: unknown names, bad values. */
    public List<RuleProblem> check(Map<String, String> values) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> value : new java.util.TreeMap<>(values).entrySet()) {
            Optional<ParameterSpec> parameter = parameter(value.getKey());
            if (parameter.isEmpty()) {
                problems.add(new RuleProblem("parameters." + value.getKey(), "unknown-parameter",
                        "unknown parameter of " + type.slug() + "; known: " + known()));
            } else {
                parameter.get().check(value.getValue()).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private String known() {
        TreeSet<String> names = new TreeSet<>();
        parameters.forEach(parameter -> names.add(parameter.name()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
