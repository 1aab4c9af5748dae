package io.coastwatch.server.cases;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseParty;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseQuery;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.cases.CaseState;
import io.coastwatch.operations.cases.CaseSummary;
import io.coastwatch.operations.cases.CaseTask;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.cases.PartyRole;
import io.coastwatch.operations.cases.usecase.AddCaseInvolvement;
import io.coastwatch.operations.cases.usecase.AddCaseNote;
import io.coastwatch.operations.cases.usecase.AssignCase;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.cases.usecase.CaseTasks;
import io.coastwatch.operations.cases.usecase.ChangeCaseState;
import io.coastwatch.operations.cases.usecase.LinkToCase;
import io.coastwatch.operations.cases.usecase.OpenCase;
import io.coastwatch.operations.catalog.IncidentKind;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.Label;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.TimeParameter;
import io.coastwatch.server.zone.Areas;
import io.coastwatch.store.alert.AlertStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: the cases of the caller's units (the board's search with its filters, one case
 * with its timeline), opened by hand or from an alert in one click ({@code /from-alert}: open a case, or
 * add the alert to an open one), and the officers' actions on a case — a state, an assignment, a note,
 * a vessel, a person, a task. Each action is a use case of {@code operations/cases/usecase}, audited; a
 * bad field is answered 400 naming it, a case out of scope 404, a step its state refuses 409.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases (vụ việc): incidents worked by the command with other agencies")
public class CaseController {

    private final CaseDesk desk;
    private final CaseViews views;
    private final AlertStore alerts;
    private final Areas areas;

    public CaseController(CaseDesk desk, CaseViews views, AlertStore alerts, Areas areas) {
        this.desk = desk;
        this.views = views;
        this.alerts = alerts;
        this.areas = areas;
    }

    /** A page of cases and how many pass the filters. */
    public record CaseList(long total, List<CaseViews.CaseListItem> cases) {
    }

    /** A code and its name. */
    public record Named(String code, Label name) {
    }

    /** A state, its name and the states it may become. */
    public record StateEntry(String code, Label name, boolean open, List<String> next) {
    }

    /** A kind of the shared catalogue valid today. */
    public record KindEntry(String id, String parentId, Label name) {
    }

    /** The codes of cases and their names, for the console. */
    public record CaseCatalogue(List<StateEntry> states, List<KindEntry> kinds, List<Named> roles,
            List<Named> severities, List<String> assigneeKinds) {
    }

    /** What {@code /from-alert} did. */
    public record FromAlert(boolean opened, CaseViews.CaseDetail incident) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The states (with the states each may become), the incident kinds of today, the roles of"
            + " persons and the severities of cases, with their names")
    public CaseCatalogue catalogue() {
        return new CaseCatalogue(
                Arrays.stream(CaseState.values()).map(state -> new StateEntry(state.code(), state.label(), state.isOpen(),
                        state.next().stream().map(CaseState::code).toList())).toList(),
                desk.catalog().incidentKindsOn(desk.today()).stream()
                        .map(kind -> new KindEntry(kind.id(), kind.parentId(), kind.label())).toList(),
                Arrays.stream(PartyRole.values()).map(role -> new Named(role.code(), role.label())).toList(),
                Arrays.stream(Severity.values()).map(severity -> new Named(severity.slug(),
                        new Label(severity.label().vi(), severity.label().en()))).toList(),
                Arrays.stream(CaseTask.AssigneeKind.values()).map(CaseTask.AssigneeKind::code).toList());
    }

    @GetMapping
    @Operation(summary = "The cases of the caller's units that pass every filter given, last happened first")
    public CaseList search(@RequestParam(required = false) List<String> state,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> unit,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset, UnitScope scope) {
        if (limit < 1 || limit > CaseQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "out-of-range", "limit must be 1 to " + CaseQuery.MAX_LIMIT);
        }
        if (offset < 0) {
            throw ApiException.invalid("offset", "out-of-range", "offset must be at least 0");
        }
        Set<CaseState> states = codes("state", state, CaseState::of);
        Set<String> units = RequestFields.units(unit, scope);
        CaseQuery query = new CaseQuery(states, kind == null ? Set.of() : Set.copyOf(kind), units,
                from == null ? null : Instant.ofEpochMilli(TimeParameter.parseMillis("from", from)),
                to == null ? null : Instant.ofEpochMilli(TimeParameter.parseMillis("to", to)),
                q == null || q.isBlank() ? null : q.strip(), limit, offset);
        CaseRepository.Page page = desk.cases().search(query);
        return new CaseList(page.total(), page.cases().stream().map(views::item).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case with its vessels, persons, tasks, linked records and timeline (404 out of scope)")
    public CaseViews.CaseDetail one(@PathVariable String id, UnitScope scope) {
        return detail(desk.visible(scope, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case by hand: kindId, severity, title, occurredAt, latitude/longitude or zoneId,"
            + " unitId (the caller's unit when left out), leadPersonId, vessels")
    public CaseViews.CaseDetail open(@RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Fields fields = Fields.of(body);
        String kindId = fields.id("kindId");
        Severity severity = severity(fields);
        String title = fields.text("title");
        Instant occurredAt = RequestFields.instant(fields, "occurredAt");
        CasePlace place = place(fields);
        String unitId = fields.optionalId("unitId");
        String leadPersonId = fields.optionalId("leadPersonId");
        List<CaseVessel> vessels = vessels(fields);
        fields.done();
        return detail(new OpenCase(desk).execute(actor, scope, new OpenCase.Request(kindId, severity, title,
                occurredAt == null ? desk.clock().instant() : occurredAt, place, RequestFields.unitOf(actor, unitId), leadPersonId,
                vessels, null)));
    }

    @PostMapping("/from-alert")
    @Operation(summary = "Open a case from an alert (alertId; unitId: the alert's assigned unit or the caller's when left"
            + " out; the open case the alert is linked to already, if any), or add the alert to an open case (caseId);"
            + " 403 when the alert lies outside the caller's areas")
    public FromAlert fromAlert(@RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Fields fields = Fields.of(body);
        String alertText = fields.optionalText("alertId");
        String caseId = fields.optionalId("caseId");
        String unitId = fields.optionalId("unitId");
        Long alertId = alertText != null && alertText.matches("\\d{1,18}") ? Long.valueOf(alertText) : null;
        if (alertId == null) {
            fields.problem("alertId", alertText == null ? "required" : "bad-format", "alertId must be an alert's id");
        }
        fields.done();
        Alert alert = alerts.find(alertId).orElseThrow(() -> ApiException.invalid("alertId", "unknown-value",
                "there is no alert " + alertId));
        areas.requireToActOn(scope, alert);
        SourceRef source = new SourceRef("alert", Long.toString(alert.id()));
        List<CaseVessel> vessels = alertVessels(alert);
        if (caseId != null) {
            return new FromAlert(false, detail(new LinkToCase(desk).execute(actor, scope, caseId, source,
                    alert.summary(), vessels)));
        }
        java.util.Optional<CaseSummary> joined = desk.cases().linkedTo(source).stream()
                .filter(linked -> linked.state().isOpen() && scope.includesUnit(linked.unitId())).findFirst();
        if (joined.isPresent()) {
            return new FromAlert(false, detail(desk.visible(scope, joined.get().id())));
        }
        Instant first = Instant.ofEpochMilli(alert.firstMillis());
        IncidentKind kind = desk.catalog().incidentKindOfRule(alert.ruleType().slug(), desk.today())
                .or(() -> desk.catalog().incidentKind("other", desk.today()))
                .orElseThrow(() -> new IllegalStateException("the catalogue has no incident kind 'other'"));
        String unit = unitId != null ? unitId : alert.assignedUnitId() != null ? alert.assignedUnitId() : RequestFields.unitOf(actor, null);
        IncidentCase opened = new OpenCase(desk).execute(actor, scope, new OpenCase.Request(kind.id(), alert.severity(),
                kind.label().vi() + " — cảnh báo #" + alert.id(), first,
                new CasePlace(finite(alert.latitude()), finite(alert.longitude()), alert.zoneId().isBlank() ? null
                        : alert.zoneId()), unit, null, vessels, source));
        return new FromAlert(true, detail(opened));
    }

    @PostMapping("/{id}/state")
    @Operation(summary = "Move the case to another state (state, comment; a comment is needed to find it unfounded or"
            + " to reopen it); 409 when its state does not allow it")
    public CaseViews.CaseDetail state(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body);
        CaseState to = fields.code("state", CaseState::of);
        String comment = fields.optionalText("comment");
        fields.done();
        return detail(new ChangeCaseState(desk).execute(actor, scope, id, to, comment));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Give the case to a unit in the caller's scope and its lead officer (unitId, leadPersonId, comment)")
    public CaseViews.CaseDetail assign(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body);
        String unitId = fields.id("unitId");
        String leadPersonId = fields.optionalId("leadPersonId");
        String comment = fields.optionalText("comment");
        fields.done();
        return detail(new AssignCase(desk).execute(actor, scope, id, unitId, leadPersonId, comment));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Write an officer's entry in the case's timeline (text)")
    public CaseViews.CaseDetail note(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Object text = body.get("text");
        return detail(new AddCaseNote(desk).execute(actor, scope, id, text instanceof String string ? string : null));
    }

    @PostMapping("/{id}/vessels")
    @Operation(summary = "Record a vessel involved (vesselId, mmsi, registrationNumber, name: at least one); 409 when"
            + " the case holds it already")
    public CaseViews.CaseDetail vessel(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body);
        CaseVessel vessel = vessel(fields, "", fields);
        fields.done();
        return detail(new AddCaseInvolvement(desk).vessel(actor, scope, id, vessel));
    }

    @PostMapping("/{id}/persons")
    @Operation(summary = "Record a person involved (name, role: captain, crew, suspect, witness or reporter;"
            + " nationalId, vessel)")
    public CaseViews.CaseDetail person(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body);
        String name = fields.text("name");
        PartyRole role = fields.code("role", PartyRole::of);
        String nationalId = fields.optionalText("nationalId");
        String vessel = fields.optionalText("vessel");
        if (nationalId != null && !nationalId.matches("\\d{9}|\\d{12}")) {
            fields.problem("nationalId", "bad-format", "a national ID has 12 digits (9 for an old card)");
        }
        fields.done();
        return detail(new AddCaseInvolvement(desk).party(actor, scope, id, new CaseParty(name, role, nationalId, vessel)));
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Give a task (what, assigneeKind: unit, person or agency; assigneeId; due)")
    public CaseViews.CaseDetail task(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body);
        String what = fields.text("what");
        CaseTask.AssigneeKind kind = fields.code("assigneeKind", code -> CaseTask.AssigneeKind.valueOf(
                code.toUpperCase(java.util.Locale.ROOT)));
        String assigneeId = fields.id("assigneeId");
        Instant due = RequestFields.instant(fields, "due");
        if (due == null && fields.problems().stream().noneMatch(problem -> problem.field().equals("due"))) {
            fields.problem("due", "required", "due is required");
        }
        fields.done();
        return detail(new CaseTasks(desk).add(actor, scope, id, what, new CaseTask.Assignee(kind, assigneeId), due));
    }

    @PostMapping("/{id}/tasks/{taskId}/done")
    @Operation(summary = "Report a task done; 409 when it is done already or the case has no such task")
    public CaseViews.CaseDetail taskDone(@PathVariable String id, @PathVariable String taskId, Actor actor,
            UnitScope scope) {
        return detail(new CaseTasks(desk).complete(actor, scope, id, taskId));
    }

    private CaseViews.CaseDetail detail(IncidentCase incident) {
        return views.detail(incident, desk.cases().timeline(incident.id()));
    }

    private static Severity severity(Fields fields) {
        String text = fields.optionalText("severity");
        if (text == null) {
            return Severity.WARNING;
        }
        return Arrays.stream(Severity.values()).filter(severity -> severity.slug().equals(text)).findFirst()
                .orElseGet(() -> {
                    fields.problem("severity", "unknown-value", "severity must be info, warning or critical");
                    return Severity.WARNING;
                });
    }

    private static CasePlace place(Fields fields) {
        Double latitude = fields.optionalDecimal("latitude", -90, 90);
        Double longitude = fields.optionalDecimal("longitude", -180, 180);
        String zoneId = fields.optionalId("zoneId");
        if ((latitude == null) != (longitude == null)) {
            fields.problem(latitude == null ? "latitude" : "longitude", "required", "a point needs its latitude and longitude");
            return CasePlace.UNKNOWN;
        }
        return new CasePlace(latitude, longitude, zoneId);
    }

    private static List<CaseVessel> vessels(Fields fields) {
        List<Map<String, String>> entries = fields.entries("vessels", List.of("vesselId", "mmsi", "registrationNumber", "name"));
        return java.util.stream.IntStream.range(0, entries.size())
                .mapToObj(i -> vessel(Fields.of(entries.get(i)), "vessels[" + i + "].", fields)).toList();
    }

    /** A vessel from {@code values}, its problems added to {@code problems} with {@code prefix}. */
    private static CaseVessel vessel(Fields values, String prefix, Fields problems) {
        String vesselId = values.optionalText("vesselId");
        Integer mmsi = values.optionalInteger("mmsi", 100_000_000, 999_999_999);
        String registration = values.optionalText("registrationNumber");
        String name = values.optionalText("name");
        if (values != problems) {
            values.problems().forEach(problem -> problems.problem(prefix + problem.field(), problem.code(), problem.message()));
        }
        if (vesselId == null && mmsi == null && registration == null && name == null) {
            problems.problem(prefix + "vesselId", "required", "name the vessel by its id, MMSI, registration number or name");
            return null;
        }
        return new CaseVessel(vesselId, mmsi, registration, name);
    }

    private static List<CaseVessel> alertVessels(Alert alert) {
        List<CaseVessel> vessels = new java.util.ArrayList<>();
        vessels.add(CaseVessel.ofVesselId(Long.toString(alert.vesselId())));
        if (alert.otherVesselId() != 0) {
            vessels.add(CaseVessel.ofVesselId(Long.toString(alert.otherVesselId())));
        }
        return vessels;
    }

    private static Double finite(double degrees) {
        return Double.isFinite(degrees) ? degrees : null;
    }

    private static <T> Set<T> codes(String field, List<String> codes, Function<String, T> parse) {
        if (codes == null) {
            return Set.of();
        }
        Set<T> parsed = new HashSet<>();
        for (String code : codes) {
            try {
                parsed.add(parse.apply(code.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(field, "unknown-value", e.getMessage());
            }
        }
        return parsed;
    }
}
