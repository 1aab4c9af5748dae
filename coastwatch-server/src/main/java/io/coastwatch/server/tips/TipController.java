package io.coastwatch.server.tips;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.tips.InformationCredibility;
import io.coastwatch.operations.tips.Reporter;
import io.coastwatch.operations.tips.SourceReliability;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipChannel;
import io.coastwatch.operations.tips.TipQuery;
import io.coastwatch.operations.tips.TipRepository;
import io.coastwatch.operations.tips.TipState;
import io.coastwatch.operations.tips.usecase.ChangeTipState;
import io.coastwatch.operations.tips.usecase.ConfirmTip;
import io.coastwatch.operations.tips.usecase.MergeSuggestions;
import io.coastwatch.operations.tips.usecase.MergeTips;
import io.coastwatch.operations.tips.usecase.ReceiveTip;
import io.coastwatch.operations.tips.usecase.RecordTipFeedback;
import io.coastwatch.operations.tips.usecase.TipDesk;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.cases.RequestFields;
import io.coastwatch.server.api.TimeParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code /api/v1/tips}: people's reports of the caller's units — the fast form ({@code POST}), the inbox
 * with its filters, one tip with its history and the records it may be merged with, and the steps:
 * triage, verification, unfounded, confirmation into a case, merging into another tip, the feedback
 * given to the reporter. The reporter's identity is shown only to the roles that work tips (system
 * administrators, commanders, duty and station officers); to the others a tip is anonymous.
 */
@RestController
@RequestMapping("/api/v1/tips")
@Tag(name = "Tips", description = "People's reports (tin báo của nhân dân)")
public class TipController {

    private static final Set<Role> SEE_REPORTERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMANDER, Role.DUTY_OFFICER,
            Role.STATION_OFFICER);

    private final TipDesk desk;
    private final MergeSuggestions suggestions;

    public TipController(TipDesk desk, MergeSuggestions suggestions) {
        this.desk = desk;
        this.suggestions = suggestions;
    }

    /** A code and its name. */
    public record Named(String code, Label name) {
    }

    /** A landmark tips are told from. */
    public record LandmarkEntry(String id, String kind, Label name, double latitude, double longitude) {
    }

    /** The codes of tips and their names, and the landmarks of today. */
    public record TipCatalogue(List<Named> channels, List<Named> states, List<Named> reliabilities,
            List<Named> credibilities, List<LandmarkEntry> landmarks) {
    }

    /** A page of tips and how many pass the filters. */
    public record TipList(long total, List<TipView> tips) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The channels, states, reliability and credibility grades of tips with their names, and the"
            + " landmarks a place may be told from")
    public TipCatalogue catalogue() {
        return new TipCatalogue(
                Arrays.stream(TipChannel.values()).map(channel -> new Named(channel.code(), channel.label())).toList(),
                Arrays.stream(TipState.values()).map(state -> new Named(state.code(), state.label())).toList(),
                Arrays.stream(SourceReliability.values()).map(grade -> new Named(grade.code(), grade.label())).toList(),
                Arrays.stream(InformationCredibility.values()).map(grade -> new Named(grade.code(), grade.label())).toList(),
                desk.landmarks().on(desk.cases().today()).stream().map(landmark -> new LandmarkEntry(landmark.id(),
                        landmark.kind(), landmark.label(), landmark.latitude(), landmark.longitude())).toList());
    }

    @GetMapping
    @Operation(summary = "The tips of the caller's units that pass every filter given, last observed first")
    public TipList inbox(@RequestParam(required = false) List<String> state, @RequestParam(required = false) List<String> kind,
            @RequestParam(required = false) List<String> unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset, Actor actor, UnitScope scope) {
        if (limit < 1 || limit > TipQuery.MAX_LIMIT || offset < 0) {
            throw ApiException.invalid(limit < 1 || limit > TipQuery.MAX_LIMIT ? "limit" : "offset", "out-of-range",
                    "limit must be 1 to " + TipQuery.MAX_LIMIT + " and offset at least 0");
        }
        Set<TipState> states = new HashSet<>();
        for (String code : state == null ? List.<String>of() : state) {
            try {
                states.add(TipState.of(code.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("state", "unknown-value", e.getMessage());
            }
        }
        Set<String> units = RequestFields.units(unit, scope);
        TipRepository.Page page = desk.tips().search(new TipQuery(states, kind == null ? Set.of() : Set.copyOf(kind), units,
                from == null ? null : Instant.ofEpochMilli(TimeParameter.parseMillis("from", from)),
                to == null ? null : Instant.ofEpochMilli(TimeParameter.parseMillis("to", to)), limit, offset));
        return new TipList(page.total(), page.tips().stream().map(tip -> shown(actor, tip)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tip with its history (404 out of scope)")
    public TipView one(@PathVariable String id, Actor actor, UnitScope scope) {
        return shown(actor, desk.visible(scope, id));
    }

    @GetMapping("/{id}/suggestions")
    @Operation(summary = "The open tips near it in space and time or about the same vessel, and the open alerts of its"
            + " vessels, offered for merging")
    public List<MergeSuggestions.Suggestion> suggestions(@PathVariable String id, UnitScope scope) {
        return suggestions.of(scope, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take a tip: channel, reporter {name, phone, vessel} (none: anonymous), observedAt, a point"
            + " (latitude, longitude) or a landmark (landmarkId, distanceNm, bearingDegrees), vessels, kindId,"
            + " description, reliability (a–f), credibility (1–6), unitId (the caller's when left out)")
    public TipView receive(@RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Fields fields = Fields.of(body);
        TipChannel channel = fields.code("channel", TipChannel::of);
        Reporter reporter = reporter(body.get("reporter"), fields);
        Instant observedAt = RequestFields.instant(fields, "observedAt");
        ReceiveTip.Where where = new ReceiveTip.Where(fields.optionalDecimal("latitude", -90, 90),
                fields.optionalDecimal("longitude", -180, 180), fields.optionalId("landmarkId"),
                fields.optionalDecimal("distanceNm", 0, 500), fields.optionalDecimal("bearingDegrees", 0, 359.999));
        List<SubjectVessel> vessels = fields.entries("vessels", List.of("registrationNumber", "name", "description",
                "vesselId")).stream().filter(entry -> entry.values().stream().anyMatch(value -> !value.isEmpty()))
                .map(entry -> new SubjectVessel(blank(entry.get("registrationNumber")), blank(entry.get("name")),
                        blank(entry.get("description")), blank(entry.get("vesselId")))).toList();
        String kindId = fields.id("kindId");
        String description = fields.optionalText("description");
        SourceReliability reliability = fields.optionalText("reliability") == null ? SourceReliability.F
                : fields.code("reliability", SourceReliability::of);
        InformationCredibility credibility = fields.optionalText("credibility") == null
                ? InformationCredibility.CANNOT_BE_JUDGED : fields.code("credibility", InformationCredibility::of);
        String unitId = fields.optionalId("unitId");
        fields.done();
        String unit = RequestFields.unitOf(actor, unitId);
        return shown(actor, new ReceiveTip(desk).execute(actor, scope, new ReceiveTip.Request(unit, channel, reporter,
                observedAt == null ? desk.clock().instant() : observedAt, where, vessels, kindId, description,
                reliability, credibility)));
    }

    @PostMapping("/{id}/state")
    @Operation(summary = "Triage, verify or find unfounded (state: triaged, verifying, unfounded; comment, needed for"
            + " unfounded); 409 when its state does not allow it")
    public TipView state(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Fields fields = Fields.of(body);
        TipState to = fields.code("state", TipState::of);
        String comment = fields.optionalText("comment");
        fields.done();
        return shown(actor, new ChangeTipState(desk).execute(actor, scope, id, to, comment));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm it: it opens a case, or joins the open case caseId; 409 when it is closed")
    public TipView confirm(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Fields fields = Fields.of(body == null ? Map.of() : body);
        String caseId = fields.optionalId("caseId");
        String comment = fields.optionalText("comment");
        fields.done();
        return shown(actor, new ConfirmTip(desk).execute(actor, scope, id, caseId, comment));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge it, a duplicate, into the open tip intoId")
    public TipView merge(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Fields fields = Fields.of(body);
        String intoId = fields.id("intoId");
        fields.done();
        return shown(actor, new MergeTips(desk).execute(actor, scope, id, intoId));
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Record what the reporter was told back (text)")
    public TipView feedback(@PathVariable String id, @RequestBody Map<String, Object> body, Actor actor, UnitScope scope) {
        Object text = body.get("text");
        return shown(actor, new RecordTipFeedback(desk).execute(actor, scope, id, text instanceof String s ? s : null));
    }

    /** The tip as {@code actor} may see it: anonymous unless their role works tips. */
    private static TipView shown(Actor actor, Tip tip) {
        return TipView.of(SEE_REPORTERS.stream().anyMatch(actor::holds) ? tip : tip.withoutReporter());
    }

    private static Reporter reporter(Object value, Fields fields) {
        if (value == null) {
            return Reporter.ANONYMOUS;
        }
        if (!(value instanceof Map<?, ?> map)) {
            fields.problem("reporter", "bad-format", "reporter must be an object {name, phone, vessel}");
            return Reporter.ANONYMOUS;
        }
        @SuppressWarnings("unchecked")
        Fields reporter = Fields.of((Map<String, ?>) map);
        String name = reporter.optionalText("name");
        String phone = reporter.optionalText("phone");
        String vessel = reporter.optionalText("vessel");
        if (phone != null && !phone.matches("\\+?[0-9 .-]{3,20}")) {
            reporter.problem("phone", "bad-format", "a phone number of digits");
        }
        reporter.problems().forEach(problem -> fields.problem("reporter." + problem.field(), problem.code(), problem.message()));
        return new Reporter(name, phone, vessel);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
