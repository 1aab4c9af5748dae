package io.coastwatch.server.report;

import io.coastwatch.documents.AdministrativeHead;
import io.coastwatch.documents.Closing;
import io.coastwatch.documents.Document;
import io.coastwatch.documents.DocumentWriter;
import io.coastwatch.documents.Signature;
import io.coastwatch.documents.docx.DocxDocumentWriter;
import io.coastwatch.documents.pdf.PdfDocumentWriter;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.usecase.MeasureProgress;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.operations.report.AreasOfWork;
import io.coastwatch.operations.report.DailySituationReport;
import io.coastwatch.operations.report.ReviewFacts;
import io.coastwatch.operations.report.ReviewReport;
import io.coastwatch.server.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports under {@code /api/v1/reports}, generated on request as an editable DOCX
 * ({@code format=docx}, the default) or a PDF ({@code format=pdf}): {@code review?planId=…} the review
 * report of the plan's unit over the plan's period up to today, against its targets; {@code daily?day=…}
 * the daily situation report of a unit ({@code unitId}, default the caller's) for a day (default
 * yesterday, Vietnam time). Read in the caller's scope; a bad parameter is 400 naming it. Drafts are
 * generated afresh each time: their approval and kept versions are not built yet.
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportController {

    private static final List<String> RECIPIENTS = List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, TM.");

    private final PlanDesk desk;
    private final Indicators indicators;
    private final Backdrops backdrops;
    private final ReportProperties properties;
    private final ReviewReport review = new ReviewReport(AreasOfWork.seeded());
    private final Catalog catalog = Catalog.seeded();

    public ReportController(PlanDesk desk, Indicators indicators, Backdrops backdrops, ReportProperties properties) {
        this.desk = desk;
        this.indicators = indicators;
        this.backdrops = backdrops;
        this.properties = properties;
    }

    @GetMapping("/review")
    public ResponseEntity<byte[]> review(@RequestParam(required = false) String planId,
            @RequestParam(required = false) String format, Actor actor) {
        DocumentWriter writer = writer(format);
        if (planId == null || planId.isBlank()) {
            throw ApiException.invalid("planId", "required", "planId is required");
        }
        Plan plan = desk.visiblePlan(actor, planId.strip());
        LocalDate today = desk.today();
        Period period = plan.period().last().isAfter(today) && !plan.period().first().isAfter(today)
                ? new Period(plan.period().first(), today) : plan.period();
        UnitTree tree = desk.units().treeOn(period.last());
        Unit unit = tree.find(plan.unitId()).orElseThrow(() -> ApiException.badRequest("the plan's unit "
                + plan.unitId() + " does not exist on " + period.last()));
        IndicatorScope scope = IndicatorScope.of(tree, unit.id());
        ReviewFacts facts = ReviewFacts.gather(indicators, catalog, unit.name().vi(), scope, period, plan,
                new MeasureProgress(desk).execute(actor, plan.id()));
        Document document = review.compose(facts, head(tree, unit, today), closing(), backdrops.of(scope));
        return file(writer, document, "bao-cao-so-ket-" + plan.id());
    }

    @GetMapping("/daily")
    public ResponseEntity<byte[]> daily(@RequestParam(required = false) String unitId,
            @RequestParam(required = false) String day, @RequestParam(required = false) String format, Actor actor,
            UnitScope callerScope) {
        DocumentWriter writer = writer(format);
        LocalDate reported;
        try {
            reported = day == null || day.isBlank() ? desk.today().minusDays(1) : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("day", "bad-format", "day must be a date (yyyy-mm-dd)");
        }
        UnitTree tree = desk.units().treeOn(reported);
        String id = unitId != null && !unitId.isBlank() ? unitId.strip()
                : callerScope.everything() ? tree.roots().stream().map(Unit::id).findFirst().orElse(null)
                : actor.homeUnitId().orElse(null);
        Unit unit = id == null ? null : tree.find(id).orElse(null);
        if (unit == null) {
            throw ApiException.invalid("unitId", id == null ? "required" : "unknown-value",
                    id == null ? "unitId is required" : "no unit " + id + " on " + reported);
        }
        if (!callerScope.includesUnit(unit.id())) {
            throw new OutOfScope(actor.account() + " may not read the reports of unit " + unit.id());
        }
        Document document = new DailySituationReport(indicators).compose(unit.name().vi(), IndicatorScope.of(tree, unit.id()),
                reported, head(tree, unit, desk.today()), closing());
        return file(writer, document, "bao-cao-ngay-" + reported + "-" + unit.id());
    }

    private AdministrativeHead head(UnitTree tree, Unit unit, LocalDate date) {
        String issuingBody = unit.parentId() == null ? "" : tree.find(unit.parentId()).map(parent -> parent.name().vi())
                .orElse("");
        return new AdministrativeHead(issuingBody, unit.name().vi(), "     /BC-" + unit.code(), properties.place(),
                date);
    }

    private static Closing closing() {
        return new Closing(RECIPIENTS, new Signature(List.of("CHỈ HUY TRƯỞNG"), ""));
    }

    private static DocumentWriter writer(String format) {
        return switch (format == null ? "docx" : format.strip()) {
            case "docx" -> new DocxDocumentWriter();
            case "pdf" -> new PdfDocumentWriter();
            default -> throw ApiException.invalid("format", "unknown-value", "format must be docx or pdf");
        };
    }

    private static ResponseEntity<byte[]> file(DocumentWriter writer, Document document, String name) {
        byte[] bytes = writer.toBytes(document);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(writer.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + writer.fileExtension()).build().toString())
                .body(bytes);
    }
}
