package io.coastwatch.server.indicator;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.plan.usecase.CreatePlan;
import io.coastwatch.operations.plan.usecase.MeasureProgress;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.operations.plan.usecase.SetTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans and progress under {@code /api/v1}: {@code plans} (those of the caller's scope; a new plan),
 * {@code plans/{id}}, {@code plans/{id}/targets} (all its targets at once, replacing the old ones) and
 * {@code progress?planId=…} (each target's actual, % of target, the same period a year before and
 * Đạt / Vượt / Chưa đạt). Writes are the plan use cases, audited in their transaction: 400 naming each
 * bad field ({@code targets[2].value}), 403 out of scope, 404, 409 for an id taken.
 */
@RestController
@RequestMapping("/api/v1")
public class PlanController {

    private static final List<String> TARGET_KEYS = List.of("indicatorCode", "unitId", "first", "last", "value");

    private final PlanDesk desk;

    public PlanController(PlanDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/plans")
    public List<Map<String, Object>> plans(Actor actor) {
        return desk.visiblePlans(actor).stream().map(IndicatorForms::plan).toList();
    }

    @GetMapping("/plans/{id}")
    public Map<String, Object> plan(@PathVariable String id, Actor actor) {
        return IndicatorForms.plan(desk.visiblePlan(actor, id));
    }

    /** A new plan without targets: {@code {id, kind, unitId, title, first, last}}. */
    @PostMapping("/plans")
    public ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Actor actor) {
        Fields fields = Fields.of(body);
        CreatePlan.Request request = new CreatePlan.Request(fields.optionalText("id"), fields.optionalText("kind"),
                fields.optionalText("unitId"), fields.optionalText("title"), fields.optionalDate("first"),
                fields.optionalDate("last"));
        fields.done();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(IndicatorForms.plan(new CreatePlan(desk).execute(actor, request)));
    }

    /** The plan's targets: {@code {targets: [{indicatorCode, unitId?, first?, last?, value}]}}. */
    @PutMapping("/plans/{id}/targets")
    public Map<String, Object> setTargets(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor) {
        Object given = body.get("targets");
        if (!(given instanceof List<?> list)) {
            throw InvalidRequest.of("targets", given == null ? "required" : "bad-format",
                    "targets must be a list of objects with " + TARGET_KEYS);
        }
        List<SetTargets.Request> targets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "targets[" + i + "].";
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                problems.add(new Problem("targets[" + i + "]", "bad-format", "a target is an object with " + TARGET_KEYS));
                continue;
            }
            @SuppressWarnings("unchecked")
            Fields fields = new Fields((Map<String, ?>) item, field -> prefix + field);
            targets.add(new SetTargets.Request(fields.optionalText("indicatorCode"), fields.optionalText("unitId"),
                    fields.optionalDate("first"), fields.optionalDate("last"),
                    fields.optionalDecimal("value", 0, Double.MAX_VALUE)));
            problems.addAll(fields.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return IndicatorForms.plan(new SetTargets(desk).execute(actor, id, targets));
    }

    @GetMapping("/progress")
    public List<Map<String, Object>> progress(@RequestParam(required = false) String planId, Actor actor) {
        if (planId == null || planId.isBlank()) {
            throw InvalidRequest.of("planId", "required", "planId is required");
        }
        return new MeasureProgress(desk).execute(actor, planId).stream().map(IndicatorForms::progress).toList();
    }
}
