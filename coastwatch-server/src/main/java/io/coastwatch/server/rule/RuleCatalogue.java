package io.coastwatch.server.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.label.Label;
import io.coastwatch.engine.rule.FigureSpec;
import io.coastwatch.engine.rule.ParameterSpec;
import io.coastwatch.engine.rule.ParameterType;
import io.coastwatch.engine.rule.RuleTypeSpec;
import io.coastwatch.engine.rule.RuleTypes;
import io.coastwatch.engine.track.ShipType;
import io.coastwatch.engine.track.VesselKind;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The detection catalogue as {@code GET /api/v1/rules/types} serves it: the rule types with their typed
 * parameters, figures and finding ({@link RuleTypes}), and the names of the zone kinds, vessel kinds,
 * AIS ship types, alert states and actions and severities, each in Vietnamese and English, so that the
 * console names nothing by itself. Every {@code id} is a kebab-case slug. Built from the engine's
 * declarations; immutable.
 */
public record RuleCatalogue(List<RuleTypeView> ruleTypes, List<ZoneKindView> zoneKinds,
        List<VesselKindView> vesselKinds, List<ShipTypeView> shipTypes, List<AlertStateView> alertStates,
        List<AlertActionView> alertActions, List<SeverityView> severities) {

    /** The catalogue of this build (it changes only with the code). */
    public static final RuleCatalogue CURRENT = build();

    /** A rule type: what it detects, its parameters, the figures of its detections and their sentence. */
    public record RuleTypeView(String id, Label label, Label description, List<ParameterView> parameters,
            List<FigureView> figures, Label finding) {
    }

    /**
     * A parameter: {@code type} {@code number} (with its {@code unit}) or {@code duration} (ISO-8601);
     * {@code default} absent when the number has none ("no limit"); {@code min} and {@code max} included.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ParameterView(String name, String type, String unit, Object min, Object max, Label label,
            @JsonProperty("default") Object defaultValue) {
    }

    /** A figure of a detection and its unit. */
    public record FigureView(String name, String unit, Label label) {
    }

    /** A zone kind and its place in the legal order. */
    public record ZoneKindView(String id, Label label, int order) {
    }

    /** A vessel kind the server computes for each vessel. */
    public record VesselKindView(String id, Label label) {
    }

    /** A range of AIS ship types, both ends included. */
    public record ShipTypeView(int from, int to, Label label) {
    }

    /** An alert state, and whether an alert in it is still open. */
    public record AlertStateView(String id, Label label, boolean open) {
    }

    /**
     * An action a person takes on an alert: from which states, to which ({@code null}: the state stays,
     * as for {@code assign}, {@code POST /api/v1/alerts/{id}/assign} with a unit).
     */
    public record AlertActionView(String id, Label label, List<String> from, String to) {
    }

    /** A severity and its rank (higher is more urgent). */
    public record SeverityView(String id, Label label, int rank) {
    }

    /** Assigning an open alert to a unit of the organisation; it keeps its state. */
    private static AlertActionView assign() {
        return new AlertActionView("assign", Label.of("Giao đơn vị xử lý", "Assign to a unit"),
                Arrays.stream(AlertState.values()).filter(AlertState::isOpen).map(AlertState::slug).toList(), null);
    }

    private static RuleCatalogue build() {
        return new RuleCatalogue(
                RuleTypes.all().stream().map(RuleCatalogue::ruleType).toList(),
                Arrays.stream(ZoneKind.values()).sorted(Comparator.comparingInt(ZoneKind::order))
                        .map(kind -> new ZoneKindView(kind.slug(), kind.label(), kind.order())).toList(),
                Arrays.stream(VesselKind.values()).map(kind -> new VesselKindView(kind.slug(), kind.label())).toList(),
                ShipType.all().stream().map(type -> new ShipTypeView(type.from(), type.to(), type.label())).toList(),
                Arrays.stream(AlertState.values())
                        .map(state -> new AlertStateView(state.slug(), state.label(), state.isOpen())).toList(),
                Stream.concat(Arrays.stream(AlertAction.values()).map(action -> new AlertActionView(action.path(),
                        action.label(), action.from().stream().map(AlertState::slug).toList(), action.target().slug())),
                        Stream.of(assign())).toList(),
                Arrays.stream(Severity.values())
                        .map(severity -> new SeverityView(severity.slug(), severity.label(), severity.rank())).toList());
    }

    private static RuleTypeView ruleType(RuleTypeSpec spec) {
        return new RuleTypeView(spec.type().slug(), spec.label(), spec.description(),
                spec.parameters().stream().map(RuleCatalogue::parameter).toList(),
                spec.figures().stream().map(RuleCatalogue::figure).toList(), spec.finding());
    }

    private static ParameterView parameter(ParameterSpec spec) {
        if (spec.type() == ParameterType.DURATION) {
            return new ParameterView(spec.name(), spec.type().slug(), null, spec.minDuration().toString(),
                    spec.maxDuration().toString(), spec.label(), spec.defaultDuration().toString());
        }
        String unit = spec.unit().map(Unit::slug).orElse(null);
        return new ParameterView(spec.name(), spec.type().slug(), unit, number(spec.minNumber()),
                number(spec.maxNumber()), spec.label(),
                Double.isInfinite(spec.defaultNumber()) ? null : number(spec.defaultNumber()));
    }

    /** A whole number as an integer ({@code 50}, not {@code 50.0}); any other as it is. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    private static FigureView figure(FigureSpec spec) {
        return new FigureView(spec.name(), spec.unit().slug(), spec.label());
    }
}
