package io.coastwatch.server.indicator;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.server.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators under {@code /api/v1/indicators}: the catalogue of a day, every indicator's figure for
 * a unit and period beside the same period a year before ({@code figures}), and one figure's
 * drill-down: the records it counts, from the same query ({@code {code}/records}). Figures are read in
 * the caller's scope ({@link FigureQuery}): a unit outside it is 403, a bad parameter 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/indicators")
public class IndicatorController {

    /** The most records one drill-down lists. */
    static final int MAX_LIMIT = 1_000;

    private final Indicators indicators;
    private final PlanDesk desk;

    public IndicatorController(Indicators indicators, PlanDesk desk) {
        this.indicators = indicators;
        this.desk = desk;
    }

    /** The definitions valid on {@code on} (default today), in the catalogue's order. */
    @GetMapping
    public List<Map<String, Object>> catalogue(@RequestParam(required = false) String on) {
        LocalDate day;
        try {
            day = on == null ? desk.today() : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("on", "bad-format", "on must be a date (yyyy-mm-dd)");
        }
        return indicators.catalog().validOn(day).stream().map(IndicatorForms::indicator).toList();
    }

    /** Every indicator of the period's last day: its figure, and the same period a year before ({@code previous}). */
    @GetMapping("/figures")
    public List<Map<String, Object>> figures(@RequestParam(required = false) String unitId,
            @RequestParam(required = false) String first, @RequestParam(required = false) String last, Actor actor,
            UnitScope scope) {
        FigureQuery query = FigureQuery.of(desk, actor, scope, unitId, first, last);
        return indicators.catalog().validOn(query.period().last()).stream().map(indicator -> {
            Map<String, Object> figure = figure(indicator, query);
            Measure previous = indicators.measure(indicator.code(), query.scope(), query.period().sameTimeLastYear());
            figure.put("previous", previous.primary().orElse(null));
            return figure;
        }).toList();
    }

    /** The figure of {@code code} and the records it counts, oldest first, at most {@code limit} (default 100). */
    @GetMapping("/{code}/records")
    public Map<String, Object> records(@PathVariable String code, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String first, @RequestParam(required = false) String last,
            @RequestParam(required = false) Integer limit, Actor actor, UnitScope scope) {
        int listed = limit == null ? 100 : limit;
        if (listed < 1 || listed > MAX_LIMIT) {
            throw ApiException.invalid("limit", "out-of-range", "limit must be 1 to " + MAX_LIMIT);
        }
        FigureQuery query = FigureQuery.of(desk, actor, scope, unitId, first, last);
        Indicator indicator = indicators.definition(code, query.period().last())
                .orElseThrow(() -> new NotFound("no indicator " + code + " on " + query.period().last()));
        Map<String, Object> drillDown = figure(indicator, query);
        drillDown.put("listed", IndicatorForms.records(indicators.records(code, query.scope(), query.period(), listed)));
        return drillDown;
    }

    private Map<String, Object> figure(Indicator indicator, FigureQuery query) {
        Measure measure = indicators.measure(indicator.code(), query.scope(), query.period());
        Map<String, Object> figure = new LinkedHashMap<>(IndicatorForms.figure(indicator, query.unitId(), query.period(),
                measure));
        figure.put("name", IndicatorForms.indicator(indicator).get("name"));
        figure.put("unit", indicator.primaryUnit().code());
        return figure;
    }
}
