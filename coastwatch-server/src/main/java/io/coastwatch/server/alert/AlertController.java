package io.coastwatch.server.alert;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.AlertAction;
import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.lifecycle.AlertChange;
import io.coastwatch.engine.alert.lifecycle.TransitionNotAllowedException;
import io.coastwatch.engine.port.AlertPage;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.engine.rule.VesselScope;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseIntake;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.ConflictException;
import io.coastwatch.server.api.GeoJson;
import io.coastwatch.server.api.TimeParameter;
import io.coastwatch.server.zone.Areas;
import io.coastwatch.store.alert.AlertStore;
import io.coastwatch.store.alert.WebhookDelivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * {@code /api/v1/alerts}: the alerts with filters, one alert with its history, its evidence as
 * GeoJSON, its webhook deliveries, and the transitions people make: the acting roles of the access table,
 * on the alerts whose zone or position lies in their units' areas ({@link Areas}); every reader of the
 * picture sees them all.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Alerts raised by the detection rules and their life cycle")
public class AlertController {
    static final int MAX_LIMIT = 1_000;
    static final int MAX_COMMENT_LENGTH = 2_000;

    private final AlertWorker alerts;
    private final AlertStore store;
    private final AlertViews views;
    private final Areas areas;
    private final UnitRepository units;
    private final Clock clock;
    private final CaseRepository cases;

    public AlertController(AlertWorker alerts, AlertStore store, AlertViews views, Areas areas, UnitRepository units,
            Clock clock, CaseRepository cases) {
        this.alerts = alerts;
        this.store = store;
        this.views = views;
        this.areas = areas;
        this.units = units;
        this.clock = clock;
        this.cases = cases;
    }

    /** A page of alerts. */
    public record AlertList(long total, List<AlertView> alerts) {
    }

    /**
     * One step of an alert's history.
     *
     * @param assignedUnit the unit an {@code assigned} step gave the alert to, else {@code null}
     */
    public record HistoryEntry(String time, String user, String action, String comment,
            AlertView.AssignedUnit assignedUnit) {
    }

    /** A case the alert is linked to (opened from it, or joined by it). */
    public record CaseLink(String id, String number, String state) {
    }

    /** An alert with its history and the cases it is linked to. */
    public record AlertDetail(@JsonUnwrapped AlertView alert, List<HistoryEntry> history, List<CaseLink> cases) {
    }

    /** The body of a transition. */
    public record TransitionRequest(String comment) {
    }

    /** The body of an assignment: the unit of the organisation, and why. */
    public record AssignRequest(String unitId, String comment) {
    }

    /** A webhook delivery of an alert: {@code status} is {@code pending}, {@code delivered} or {@code failed}. */
    public record DeliveryView(long id, String url, String event, String status, int attempts, String created,
            String nextAttempt, String delivered, String lastError) {

        static DeliveryView of(WebhookDelivery d) {
            String status = d.delivered() ? "delivered" : d.gaveUp() ? "failed" : "pending";
            return new DeliveryView(d.id(), d.url(), d.event(), status, d.attempts(), AlertViews.time(d.createdMillis()),
                    d.nextAttemptMillis() == WebhookDelivery.NONE ? null : AlertViews.time(d.nextAttemptMillis()),
                    d.delivered() ? AlertViews.time(d.deliveredMillis()) : null, d.lastError());
        }
    }

    @GetMapping
    @Operation(summary = "Alerts that pass every filter given, newest last detection first")
    public AlertList list(
            @Parameter(description = "states, comma-separated: new, acknowledged, escalated, resolved, false-alarm;"
                    + " open = the first three, closed = the last two")
            @RequestParam(required = false) String state,
            @Parameter(description = "rule instance ids, comma-separated") @RequestParam(required = false) String ruleId,
            @Parameter(description = "rule type slugs, comma-separated (dark-vessel, encounter, …)")
            @RequestParam(required = false) String ruleType,
            @Parameter(description = "severities, comma-separated: info, warning, critical")
            @RequestParam(required = false) String severity,
            @Parameter(description = "vessel id (as vessel or other vessel)") @RequestParam(required = false) Long vessel,
            @Parameter(description = "zone id") @RequestParam(required = false) String zone,
            @Parameter(description = "still holding at or after (ISO-8601 or UNIX ms)") @RequestParam(required = false) String from,
            @Parameter(description = "first detected at or before (ISO-8601 or UNIX ms)") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw ApiException.badRequest("limit must be 1-" + MAX_LIMIT + " and offset at least 0");
        }
        AlertQuery query = AlertQuery.builder().states(states(state))
                .ruleIds(ruleId == null ? Set.of() : values(ruleId))
                .ruleTypes(parse("ruleType", ruleType, slug -> RuleType.ofSlug(slug).orElse(null),
                        Arrays.stream(RuleType.values()).map(RuleType::slug).toList()))
                .severities(parse("severity", severity == null ? null : severity.toUpperCase(Locale.ROOT),
                        name -> Arrays.stream(Severity.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null),
                        List.of("info", "warning", "critical")))
                .vesselId(vessel).zoneId(zone)
                .fromMillis(from == null ? null : TimeParameter.parseMillis("from", from))
                .toMillis(to == null ? null : TimeParameter.parseMillis("to", to))
                .limit(limit).offset(offset).build();
        AlertPage page = store.search(query);
        return new AlertList(page.total(), page.alerts().stream().map(views::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert with its history (who did what, when, with which comment) and its cases")
    public AlertDetail one(@PathVariable long id) {
        Alert alert = find(id);
        List<HistoryEntry> history = store.history(id).stream()
                .map(e -> new HistoryEntry(AlertViews.time(e.timeMillis()), e.user(), e.action(), e.comment(),
                        views.assignedUnit(e.unitId()))).toList();
        List<CaseLink> linked = cases.linkedTo(new CaseIntake.SourceRef("alert", Long.toString(id))).stream()
                .map(incident -> new CaseLink(incident.id(), incident.number(), incident.state().code())).toList();
        return new AlertDetail(views.of(alert), history, linked);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The positions that made the alert fire, as GeoJSON: a LineString per vessel and a Point per position")
    public ResponseEntity<Object> evidence(@PathVariable long id) {
        find(id);
        Map<Long, List<PositionFix>> byVessel = new LinkedHashMap<>();
        for (PositionFix fix : store.evidence(id)) {
            if (Double.isFinite(fix.latitude()) && Double.isFinite(fix.longitude())) {
                byVessel.computeIfAbsent(fix.vesselId(), v -> new ArrayList<>()).add(fix);
            }
        }
        List<Object> features = new ArrayList<>();
        byVessel.forEach((vesselId, fixes) -> {
            if (fixes.size() > 1) {
                features.add(GeoJson.feature(null, GeoJson.lineString(fixes.stream()
                        .map(f -> List.of(f.longitude(), f.latitude())).toList()), Map.of("vesselId", vesselId)));
            }
        });
        byVessel.values().forEach(fixes -> fixes.forEach(fix -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("vesselId", fix.vesselId());
            properties.put("time", AlertViews.time(fix.timeMillis()));
            properties.put("speedKnots", AlertViews.finite(fix.speedKnots()));
            properties.put("courseDegrees", AlertViews.finite(fix.courseDegrees()));
            features.add(GeoJson.feature(null, GeoJson.point(fix.longitude(), fix.latitude()), properties));
        }));
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE)
                .body(GeoJson.featureCollection(features, Map.of("alertId", id)));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The alert's webhook deliveries and how they went (administrators)")
    public List<DeliveryView> deliveries(@PathVariable long id) {
        find(id);
        return store.deliveries(id).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Acknowledge, escalate, resolve or close as a false alarm (the acting roles, on alerts of"
            + " their units' areas: 403 otherwise); 409 when the alert's state does not allow it")
    public AlertView transition(@PathVariable long id,
            @Parameter(description = "acknowledge, escalate, resolve or false-alarm") @PathVariable String action,
            @RequestBody(required = false) TransitionRequest request, Actor caller, UnitScope scope) {
        AlertAction chosen = AlertAction.ofPath(action).orElseThrow(() -> ApiException.notFound("no action '" + action
                + "': " + Arrays.stream(AlertAction.values()).map(AlertAction::path).collect(Collectors.joining(", "))));
        String comment = comment(request == null ? null : request.comment());
        areas.requireToActOn(scope, find(id));
        return personal(() -> alerts.transition(id, chosen, caller, comment));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign an open alert to a unit of the organisation (commanders and duty officers), with a"
            + " comment; 400 naming unitId when the organisation has no such unit today, 403 when it is outside"
            + " the caller's scope, 409 when the alert is closed")
    public AlertView assign(@PathVariable long id, @RequestBody(required = false) AssignRequest request, Actor actor,
            UnitScope scope) {
        String unitId = request == null || request.unitId() == null ? "" : request.unitId().strip();
        if (unitId.isEmpty()) {
            throw ApiException.invalid("unitId", "required", "the unit to assign the alert to is missing");
        }
        LocalDate today = LocalDate.now(clock.withZone(VesselScope.LOCAL_TIME));
        if (units.on(unitId, today).isEmpty()) {
            throw ApiException.invalid("unitId", "unknown-unit", "the organisation has no unit " + unitId + " today");
        }
        if (!scope.includesUnit(unitId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "unit " + unitId + " is outside your scope");
        }
        areas.requireToActOn(scope, find(id));
        String comment = comment(request.comment());
        return personal(() -> alerts.assign(id, unitId, actor, comment));
    }

    /** A comment as stored: stripped, null when blank. */
    private static String comment(String text) {
        String comment = text == null || text.isBlank() ? null : text.strip();
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw ApiException.invalid("comment", "too-long", "comment is longer than " + MAX_COMMENT_LENGTH
                    + " characters");
        }
        return comment;
    }

    /** A person's step on an alert, as the API answers it. */
    private AlertView personal(Supplier<AlertChange> step) {
        try {
            return views.of(step.get().alert());
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (TransitionNotAllowedException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private Alert find(long id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("no alert " + id));
    }

    private static Set<AlertState> states(String text) {
        Set<AlertState> states = EnumSet.noneOf(AlertState.class);
        if (text == null) {
            return states;
        }
        for (String code : values(text)) {
            switch (code) {
                case "open" -> Arrays.stream(AlertState.values()).filter(AlertState::isOpen).forEach(states::add);
                case "closed" -> Arrays.stream(AlertState.values()).filter(s -> !s.isOpen()).forEach(states::add);
                default -> states.add(AlertState.ofSlug(code).orElseThrow(() -> ApiException.badRequest("unknown state '"
                        + code + "': new, acknowledged, escalated, resolved, false-alarm, open or closed")));
            }
        }
        return states;
    }

    private static <T> Set<T> parse(String name, String text, Function<String, T> parser, List<String> valid) {
        Set<T> parsed = new LinkedHashSet<>();
        if (text != null) {
            for (String value : values(text)) {
                T one = parser.apply(value);
                if (one == null) {
                    throw ApiException.badRequest("unknown " + name + " '" + value.toLowerCase(Locale.ROOT) + "': "
                            + String.join(", ", valid));
                }
                parsed.add(one);
            }
        }
        return parsed;
    }

    private static Set<String> values(String commaSeparated) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
