package io.coastwatch.server.indicator;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.CountedRecord;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.Progress;
import io.coastwatch.operations.plan.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON shapes of indicators, figures, drill-down records, plans, targets and progress rows:
 * codes as slugs, days as {@code yyyy-mm-dd}, labels as {@code {vi, en}}, a missing figure as
 * {@code null}. Stateless.
 */
final class IndicatorForms {

    private IndicatorForms() {
    }

    static Map<String, Object> indicator(Indicator indicator) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", indicator.code());
        form.put("area", indicator.area());
        form.put("name", label(indicator.name()));
        form.put("units", indicator.units().stream().map(IndicatorForms::unit).toList());
        form.put("direction", indicator.direction().code());
        form.put("validFrom", indicator.validity().validFrom().toString());
        form.put("validTo", indicator.validity().validTo() == null ? null : indicator.validity().validTo().toString());
        return form;
    }

    /** A figure: the indicator, the unit and period it is for, its amounts and how many records it rests on. */
    static Map<String, Object> figure(Indicator indicator, String unitId, Period period, Measure measure) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", indicator.code());
        form.put("unitId", unitId);
        form.putAll(period(period));
        form.put("value", measure.primary().orElse(null));
        form.put("quantities", measure.quantities().stream().map(quantity -> Map.of("unit", quantity.unit().code(),
                "value", quantity.value())).toList());
        form.put("records", measure.records());
        return form;
    }

    /** A record a figure counts; {@code latitude} and {@code longitude} for a record placed at sea. */
    static Map<String, Object> record(CountedRecord record) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("entity", record.entity());
        form.put("id", record.id());
        form.put("at", record.at().toString());
        form.put("summary", record.summary());
        if (record.position() != null) {
            form.put("latitude", record.position().latitude());
            form.put("longitude", record.position().longitude());
        }
        return form;
    }

    static Map<String, Object> plan(Plan plan) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", plan.id());
        form.put("kind", plan.kind().code());
        form.put("unitId", plan.unitId());
        form.put("title", plan.title());
        form.putAll(period(plan.period()));
        form.put("targets", plan.targets().stream().map(IndicatorForms::target).toList());
        return form;
    }

    static Map<String, Object> target(Target target) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("indicatorCode", target.indicatorCode());
        form.put("unitId", target.unitId());
        form.putAll(period(target.period()));
        form.put("value", target.value());
        return form;
    }

    /** A row of the review's table: Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | % KH | Cùng kỳ | ± | Đánh giá. */
    static Map<String, Object> progress(Progress progress) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("indicator", indicator(progress.indicator()));
        form.put("target", target(progress.target()));
        form.put("actual", progress.actual().primary().orElse(null));
        form.put("records", progress.actual().records());
        form.put("percentOfTarget", progress.percentOfTarget().orElse(null));
        form.put("previous", progress.previous().primary().orElse(null));
        form.put("change", progress.change().orElse(null));
        form.put("changePercent", progress.changePercent().orElse(null));
        form.put("assessment", progress.assessment().code());
        form.put("assessmentLabel", label(progress.assessment().label()));
        return form;
    }

    private static Map<String, Object> unit(CountUnit unit) {
        return Map.of("code", unit.code(), "label", label(unit.label()));
    }

    private static Map<String, Object> period(Period period) {
        return Map.of("first", period.first().toString(), "last", period.last().toString());
    }

    private static Map<String, Object> label(Label label) {
        return Map.of("vi", label.vi(), "en", label.en());
    }

    static List<Map<String, Object>> records(List<CountedRecord> records) {
        return records.stream().map(IndicatorForms::record).toList();
    }
}
