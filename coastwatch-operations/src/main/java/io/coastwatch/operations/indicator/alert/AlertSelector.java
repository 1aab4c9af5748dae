package io.coastwatch.operations.indicator.alert;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.catalog.IncidentKind;
import io.coastwatch.operations.indicator.Arguments;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Period;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which alerts an indicator counts, from its argument: {@code kind:<incident kind>} (the alerts of
 * the rule types the shared catalogue gives that kind and the kinds below it), {@code rule:<type>}
 * (only that rule type, within the kind when both are given); every alert when neither is given.
 * Alerts closed as false alarms never count. Immutable.
 */
final class AlertSelector {

    static final Set<String> KEYS = Set.of("kind", "rule");

    private final Optional<String> kindId;
    private final Optional<String> ruleType;

    private AlertSelector(Optional<String> kindId, Optional<String> ruleType) {
        this.kindId = kindId;
        this.ruleType = ruleType;
    }

    static AlertSelector of(Arguments arguments) {
        return new AlertSelector(arguments.get("kind"), arguments.get("rule"));
    }

    /**
     * Checks that the kind is in the catalogue on {@code day} and the rule type is one of its types.
     *
     * @throws IllegalArgumentException otherwise
     */
    void check(Catalog catalog, LocalDate day) {
        if (kindId.isPresent()) {
            Set<String> types = ruleTypes(catalog, day);
            if (types.isEmpty()) {
                throw new IllegalArgumentException("argument: incident kind " + kindId.get()
                        + " has no alert rule types on " + day);
            }
            ruleType.filter(type -> !types.contains(type)).ifPresent(type -> {
                throw new IllegalArgumentException("argument: rule " + type + " is not of kind " + kindId.get());
            });
        }
    }

    /** Hands {@code sink} the alerts counted in {@code scope} over {@code period}, oldest first. */
    void forEach(AlertFacts alerts, Catalog catalog, IndicatorScope scope, Period period, Consumer<AlertFact> sink) {
        Set<String> types = ruleType.map(Set::of).orElseGet(() -> ruleTypes(catalog, period.last()));
        if (kindId.isPresent() && types.isEmpty()) {
            return;
        }
        alerts.forEach(period.start(), period.end(), types, alert -> {
            if (!alert.falseAlarm() && scope.includesZone(alert.zoneId())) {
                sink.accept(alert);
            }
        });
    }

    /** The rule types of the kind and of the kinds below it, on {@code day}; empty for no kind. */
    private Set<String> ruleTypes(Catalog catalog, LocalDate day) {
        Set<String> types = new LinkedHashSet<>();
        kindId.ifPresent(root -> {
            for (IncidentKind kind : catalog.incidentKindsOn(day)) {
                if (kind.id().equals(root) || root.equals(kind.parentId())) {
                    types.addAll(kind.ruleTypes());
                }
            }
        });
        return types;
    }
}
