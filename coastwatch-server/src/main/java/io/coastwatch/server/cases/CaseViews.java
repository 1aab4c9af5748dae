package io.coastwatch.server.cases;

import io.coastwatch.operations.cases.CaseEntry;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CaseParty;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseState;
import io.coastwatch.operations.cases.CaseSummary;
import io.coastwatch.operations.cases.CaseTask;
import io.coastwatch.operations.cases.CaseVessel;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.org.Unit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cases as the API shows them: codes in kebab case ({@code handed-over}), times ISO-8601, the unit with
 * its code and name, the kind with its name from the shared catalogue. Thread-safe.
 */
@Component
public class CaseViews {

    private final CaseDesk desk;

    public CaseViews(CaseDesk desk) {
        this.desk = desk;
    }

    /** A unit as a case names it; {@code code} and {@code name} are {@code null} when the organisation no longer has it. */
    public record UnitRef(String id, String code, Label name) {
    }

    /** A kind of the shared catalogue; {@code name} is {@code null} when the catalogue no longer has it. */
    public record KindRef(String id, Label name) {
    }

    /** Where: a point (degrees) and/or a zone, each {@code null} when unknown. */
    public record PlaceView(Double latitude, Double longitude, String zoneId) {
        static PlaceView of(CasePlace place) {
            return new PlaceView(place.latitude(), place.longitude(), place.zoneId());
        }
    }

    /** A case in a list. {@code persons} and {@code vessels} are what it counts (đối tượng, phương tiện). */
    public record CaseListItem(String id, String number, KindRef kind, String severity, String title, String state,
            UnitRef unit, String leadPersonId, String occurredAt, PlaceView place, String openedAt, String updatedAt,
            int persons, int vessels) {
    }

    /** A task, with whether it is overdue now. */
    public record TaskView(String id, String what, String assigneeKind, String assigneeId, String due, boolean done,
            boolean overdue, String doneAt, String doneBy) {
    }

    /** A person involved. */
    public record PartyView(String name, String role, String nationalId, String vessel) {
    }

    /**
     * One timeline entry: {@code type} the event's ({@code state-changed}), {@code officers} whether an
     * officer wrote it, {@code fields} what it says.
     */
    public record EntryView(int sequence, String at, String account, String type, boolean officers,
            Map<String, Object> fields) {
    }

    /**
     * A case whole.
     *
     * @param next the states it may be moved to
     */
    public record CaseDetail(String id, String number, KindRef kind, String severity, String title, String state,
            List<String> next, UnitRef unit, String leadPersonId, String occurredAt, PlaceView place, String openedAt,
            String openedBy, String updatedAt, List<CaseVessel> vessels, List<PartyView> persons, List<TaskView> tasks,
            List<SourceRef> sources, List<EntryView> timeline) {
    }

    CaseListItem item(CaseSummary summary) {
        return new CaseListItem(summary.id(), summary.number(), kind(summary.kindId()), summary.severity().slug(),
                summary.title(), summary.state().code(), unit(summary.unitId()), summary.leadPersonId(),
                time(summary.occurredAt()), PlaceView.of(summary.place()), time(summary.openedAt()),
                time(summary.updatedAt()), summary.persons(), summary.vessels());
    }

    CaseDetail detail(IncidentCase incident, List<CaseEntry> timeline) {
        Instant now = desk.clock().instant();
        return new CaseDetail(incident.id(), incident.number().text(), kind(incident.kindId()), incident.severity().slug(),
                incident.title(), incident.state().code(), incident.state().next().stream().map(CaseState::code).toList(),
                unit(incident.unitId()), incident.leadPersonId(), time(incident.occurredAt()),
                PlaceView.of(incident.place()), time(incident.openedAt()), incident.openedBy(), time(incident.updatedAt()),
                incident.vessels(), incident.parties().stream().map(CaseViews::party).toList(),
                incident.tasks().stream().map(task -> task(task, now)).toList(), incident.sources(),
                timeline.stream().map(CaseViews::entry).toList());
    }

    UnitRef unit(String unitId) {
        Unit unit = desk.units().on(unitId, desk.today()).orElse(null);
        return unit == null ? new UnitRef(unitId, null, null) : new UnitRef(unitId, unit.code(), unit.name());
    }

    KindRef kind(String kindId) {
        return new KindRef(kindId, desk.catalog().incidentKinds().stream().filter(kind -> kind.id().equals(kindId))
                .map(kind -> kind.label()).findFirst().orElse(null));
    }

    private static PartyView party(CaseParty party) {
        return new PartyView(party.name(), party.role().code(), party.nationalId(), party.vessel());
    }

    private static TaskView task(CaseTask task, Instant now) {
        return new TaskView(task.id(), task.what(), task.assignee().kind().code(), task.assignee().id(), time(task.due()),
                task.done(), task.overdueAt(now), task.doneAt() == null ? null : time(task.doneAt()), task.doneBy());
    }

    private static EntryView entry(CaseEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String type = switch (entry.event()) {
            case CaseEvent.Opened opened -> {
                fields.put("number", opened.number().text());
                fields.put("kindId", opened.kindId());
                fields.put("title", opened.title());
                fields.put("unitId", opened.unitId());
                fields.put("source", opened.source());
                yield "opened";
            }
            case CaseEvent.StateChanged change -> {
                fields.put("from", change.from().code());
                fields.put("to", change.to().code());
                fields.put("comment", change.comment());
                yield "state-changed";
            }
            case CaseEvent.Linked link -> {
                fields.put("source", link.source());
                fields.put("summary", link.summary());
                yield "linked";
            }
            case CaseEvent.Assigned assigned -> {
                fields.put("unitId", assigned.unitId());
                fields.put("leadPersonId", assigned.leadPersonId());
                fields.put("comment", assigned.comment());
                yield "assigned";
            }
            case CaseEvent.NoteAdded note -> {
                fields.put("text", note.text());
                yield "note-added";
            }
            case CaseEvent.VesselAdded added -> {
                fields.put("vessel", added.vessel());
                yield "vessel-added";
            }
            case CaseEvent.PartyAdded added -> {
                fields.put("person", party(added.party()));
                yield "person-added";
            }
            case CaseEvent.TaskAdded added -> {
                fields.put("taskId", added.task().id());
                fields.put("what", added.task().what());
                fields.put("due", time(added.task().due()));
                yield "task-added";
            }
            case CaseEvent.TaskDone done -> {
                fields.put("taskId", done.taskId());
                yield "task-done";
            }
        };
        return new EntryView(entry.sequence(), time(entry.at()), entry.account(), type, entry.event().officersEntry(), fields);
    }

    static String time(Instant instant) {
        return instant.toString();
    }
}
