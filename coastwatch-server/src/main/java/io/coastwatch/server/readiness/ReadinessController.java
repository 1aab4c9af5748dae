package io.coastwatch.server.readiness;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.readiness.Availability;
import io.coastwatch.operations.readiness.Conflict;
import io.coastwatch.operations.readiness.ReadinessLevel;
import io.coastwatch.operations.readiness.ResourceStatus;
import io.coastwatch.operations.readiness.usecase.ReadinessDesk;
import io.coastwatch.operations.readiness.usecase.ReadinessHours;
import io.coastwatch.operations.readiness.usecase.RecordResourceStatus;
import io.coastwatch.operations.readiness.usecase.SetReadinessLevel;
import io.coastwatch.operations.readiness.usecase.ViewReadinessBoard;
import io.coastwatch.server.api.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/readiness}: the codes and their names ({@code /catalog}); the board of a unit or of
 * the caller's whole scope at a moment ({@code /board}); a unit's readiness orders, and a new one set by
 * its commander ({@code /units/{unitId}/orders}); a resource's status timeline, and a change recorded
 * ({@code /resources/{resourceId}/statuses}); the hours per status of a unit's resources over a period
 * ({@code /hours}). Scoped by the caller's units; writes audited by the use cases.
 */
@RestController
@RequestMapping("/api/v1/readiness")
public class ReadinessController {

    /** The longest period {@code /hours} sums over, days. */
    private static final long LONGEST_PERIOD_DAYS = 366;
    private static final Duration LONGEST_PERIOD = Duration.ofDays(LONGEST_PERIOD_DAYS);

    private final ReadinessDesk desk;

    public ReadinessController(ReadinessDesk desk) {
        this.desk = desk;
    }

    /** The levels, statuses (with their availability), availabilities and conflict kinds, named in Vietnamese and English. */
    @GetMapping("/catalog")
    public Map<String, Object> catalog() {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("levels", ReadinessForms.labels(List.of(ReadinessLevel.values()), ReadinessLevel::slug,
                ReadinessLevel::label));
        catalog.put("statuses", List.of(ResourceStatus.values()).stream().map(status -> {
            Map<String, Object> view = ReadinessForms.label(status.slug(), status.label());
            view.put("availability", status.availability().slug());
            return view;
        }).toList());
        catalog.put("availabilities", ReadinessForms.labels(List.of(Availability.values()), Availability::slug,
                Availability::label));
        catalog.put("conflicts", ReadinessForms.labels(List.of(Conflict.Kind.values()), Conflict.Kind::slug,
                Conflict.Kind::label));
        return catalog;
    }

    /** The board of {@code unitId} and the units below it, or of every unit of the caller's scope, at {@code at} (now). */
    @GetMapping("/board")
    public Map<String, Object> board(@RequestParam(required = false) String unitId,
            @RequestParam(required = false) String at, UnitScope scope) {
        return ReadinessForms.board(new ViewReadinessBoard(desk).execute(scope, blankAsNull(unitId),
                ReadinessForms.instant("at", at)));
    }

    /** The unit's readiness orders, oldest first. */
    @GetMapping("/units/{unitId}/orders")
    public List<Map<String, Object>> orders(@PathVariable String unitId, UnitScope scope) {
        if (!scope.includesUnit(unitId)) {
            throw new NotFound("no unit " + unitId);
        }
        return desk.readiness().orders(unitId).stream().map(ReadinessForms::order).toList();
    }

    /** Sets the unit's level by an order: {@code {level, order, reason?, effectiveAt?}}. */
    @PostMapping("/units/{unitId}/orders")
    public ResponseEntity<Map<String, Object>> setLevel(@PathVariable String unitId, @RequestBody Map<String, Object> body,
            Actor actor) {
        SetReadinessLevel.Request request = new SetReadinessLevel.Request(unitId, ReadinessForms.text(body.get("level")),
                ReadinessForms.text(body.get("order")), ReadinessForms.text(body.get("reason")),
                ReadinessForms.instant("effectiveAt", body.get("effectiveAt")));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ReadinessForms.order(new SetReadinessLevel(desk).execute(actor, request)));
    }

    /** The resource's status changes, oldest first. */
    @GetMapping("/resources/{resourceId}/statuses")
    public List<Map<String, Object>> statuses(@PathVariable String resourceId, UnitScope scope) {
        desk.resources().find(resourceId).filter(resource -> scope.includesUnit(resource.unitId()))
                .orElseThrow(() -> new NotFound("no resource " + resourceId));
        return desk.readiness().timeline(resourceId).changes().stream().map(ReadinessForms::change).toList();
    }

    /** Records a change of the resource's status: {@code {status, reason?, from?, expectedReturn?}}. */
    @PostMapping("/resources/{resourceId}/statuses")
    public ResponseEntity<Map<String, Object>> recordStatus(@PathVariable String resourceId,
            @RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        RecordResourceStatus.Request request = new RecordResourceStatus.Request(resourceId,
                ReadinessForms.text(body.get("status")), ReadinessForms.text(body.get("reason")),
                ReadinessForms.instant("from", body.get("from")),
                ReadinessForms.instant("expectedReturn", body.get("expectedReturn")));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ReadinessForms.change(new RecordResourceStatus(desk).execute(actor, scope, request)));
    }

    /**
     * The hours per status of the resources of {@code unitId} and the units below it (or of the caller's
     * scope) from {@code from} to {@code to} (at most {@value #LONGEST_PERIOD_DAYS} days), each and summed.
     */
    @GetMapping("/hours")
    public Map<String, Object> hours(@RequestParam(required = false) String unitId, @RequestParam String from,
            @RequestParam String to, UnitScope scope) {
        Instant start = ReadinessForms.instant("from", from);
        Instant end = ReadinessForms.instant("to", to);
        if (start == null || end == null || !end.isAfter(start)) {
            throw ApiException.invalid("to", "out-of-range", "to must be after from");
        }
        if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            throw ApiException.invalid("to", "out-of-range", "a period of at most " + LONGEST_PERIOD_DAYS + " days");
        }
        ReadinessHours.Result result = new ReadinessHours(desk).execute(scope, blankAsNull(unitId), start, end);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", start.toString());
        view.put("to", end.toString());
        view.put("total", ReadinessForms.hours(result.total()));
        view.put("resources", result.resources().stream().map(ReadinessForms::hours).toList());
        return view;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
