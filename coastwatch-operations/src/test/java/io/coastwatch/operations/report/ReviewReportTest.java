package io.coastwatch.operations.report;

import io.coastwatch.operations.indicator.alert.AlertFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.documents.AdministrativeHead;
import io.coastwatch.documents.Closing;
import io.coastwatch.documents.Document;
import io.coastwatch.documents.Signature;
import io.coastwatch.documents.docx.DocxDocumentWriter;
import io.coastwatch.documents.pdf.PdfDocumentWriter;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.DemoCommand;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.ListedRecords;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.PlanKind;
import io.coastwatch.operations.plan.Progress;
import io.coastwatch.operations.plan.Target;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The review report and the daily situation report of seeded random alerts, written as DOCX and PDF
 * and read back (POI, PDFBox): the indicator table's figures are the indicators' own, the charts and
 * the map are there, the PDF's pages render with {@code pdftoppm} to {@code target/documents/review/}.
 */
class ReviewReportTest {
    private static final Period FIRST_HALF = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final Path OUT = Path.of("target", "documents", "review");
    private static final ListedRecords RECORDS = new ListedRecords();
    private static final List<String> TYPES = List.of("foreign-vessel", "boundary-crossed", "vms-loss", "fishing-wrong-zone");
    private static final List<String> ZONES = List.of("z-nc-1", "z-nc-2", "z-cn");

    private static Indicators indicators;
    private static Plan plan;
    private static List<Progress> progress;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void report() throws IOException {
        long seed = System.nanoTime();
        System.out.println("ReviewReportTest seed: " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            int year = random.nextBoolean() ? 2026 : 2025;
            String at = String.format("%d-%02d-%02dT%02d:%02d:00Z", year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60));
            RECORDS.alert(TYPES.get(random.nextInt(TYPES.size())), 412_000_000L + random.nextInt(60),
                    ZONES.get(random.nextInt(ZONES.size())), random.nextInt(10) == 0 ? AlertFact.FALSE_ALARM : "new", at,
                    random.nextBoolean() ? 1 + random.nextInt(30) : null);
        }
        indicators = RECORDS.indicators();
        plan = new Plan("kh-2026", PlanKind.YEAR_PLAN, DemoCommand.COMMAND, "Kế hoạch công tác biên phòng năm 2026",
                Period.year(2026), List.of(new Target("foreign-vessels-detected", DemoCommand.COMMAND, FIRST_HALF, 20),
                        new Target("vessels-in-foreign-waters", DemoCommand.COMMAND, FIRST_HALF, 0),
                        new Target("alert-response-median", DemoCommand.COMMAND, FIRST_HALF, 15),
                        new Target("departures-recorded", DemoCommand.COMMAND, FIRST_HALF, 100)));
        IndicatorScope scope = IndicatorScope.of(DemoCommand.tree(), DemoCommand.COMMAND);
        progress = new ArrayList<>();
        for (Target target : plan.targets()) {
            progress.add(new Progress(indicators.definition(target.indicatorCode(), FIRST_HALF.last()).orElseThrow(), target,
                    indicators.measure(target.indicatorCode(), scope, FIRST_HALF),
                    indicators.measure(target.indicatorCode(), scope, FIRST_HALF.sameTimeLastYear())));
        }
        // the unit's name decomposed (NFD), as some keyboards type it: the documents print it composed
        String unitName = Normalizer.normalize("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Ninh Thuận", Normalizer.Form.NFD);
        ReviewFacts facts = ReviewFacts.gather(indicators, Catalog.seeded(), unitName, scope, FIRST_HALF, plan, progress);
        Document document = new ReviewReport(AreasOfWork.seeded()).compose(facts, head(), closing(), backdrop());
        docx = new DocxDocumentWriter().toBytes(document);
        pdf = new PdfDocumentWriter().toBytes(document);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("review-report.docx"), docx);
        Files.write(OUT.resolve("review-report.pdf"), pdf);
    }

    private static AdministrativeHead head() {
        return new AdministrativeHead("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Chỉ huy BĐBP tỉnh Ninh Thuận", "25/BC-BCH",
                "Ninh Thuận", LocalDate.of(2026, 7, 2));
    }

    private static Closing closing() {
        return new Closing(List.of("- Bộ Tư lệnh BĐBP;", "- Lưu: VT, TM."),
                new Signature(List.of("CHỈ HUY TRƯỞNG"), "Đại tá Nguyễn Văn A"));
    }

    private static MapBackdrop backdrop() {
        GeometryFactory geometry = new GeometryFactory();
        return new MapBackdrop(new Envelope(108.8, 110.0, 11.0, 12.0), geometry.createPolygon(new Coordinate[] {
                new Coordinate(108.8, 11.0), new Coordinate(109.1, 11.0), new Coordinate(109.2, 12.0),
                new Coordinate(108.8, 12.0), new Coordinate(108.8, 11.0)}), List.of());
    }

    @Test
    void theIndicatorTableOfTheDocxHoldsTheIndicatorsFigures() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<String>> printed = tablesHeaded(document, ReviewReport.TABLE_HEADERS.getFirst()).stream()
                    .filter(table -> cells(table.getRow(0)).equals(ReviewReport.TABLE_HEADERS))
                    .flatMap(table -> table.getRows().subList(1, table.getRows().size()).stream())
                    .map(ReviewReportTest::cells).toList();
            assertEquals(progress.stream().map(ReviewReport::row).toList(), printed);
            Progress foreign = progress.getFirst();
            assertEquals(ReportNumbers.amount(indicators.measure("foreign-vessels-detected",
                    IndicatorScope.of(DemoCommand.tree(), DemoCommand.COMMAND), FIRST_HALF).primary().orElseThrow(),
                    foreign.indicator().primaryUnit()), printed.getFirst().get(3), "Thực hiện is the indicator's figure");
            assertEquals("20", printed.getFirst().get(2));
            assertEquals("phương tiện", printed.getFirst().get(1));
            String text = document.getParagraphs().stream().map(paragraph -> paragraph.getText())
                    .reduce("", (all, line) -> all + "\n" + line);
            assertTrue(text.contains("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Ninh Thuận"), "composed (NFC) in the DOCX");
            assertTrue(text.contains("III. ĐÁNH GIÁ CHUNG") && text.contains(ReviewReport.TO_WRITE), text);
            assertEquals(3, document.getAllPictures().size(), "two charts and the heat map");
        }
    }

    @Test
    void thePdfPrintsTheSameFiguresAndItsPagesRender() throws IOException, InterruptedException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
        }
        for (Progress row : progress) {
            String name = row.indicator().name().vi();
            assertTrue(text.replace('\n', ' ').contains(name.substring(0, Math.min(20, name.length()))), name);
        }
        String situation = "hệ thống giám sát đã phát hiện " + ReportNumbers.amount(indicators.measure("alerts-total",
                IndicatorScope.of(DemoCommand.tree(), DemoCommand.COMMAND), FIRST_HALF).primary().orElseThrow(),
                io.coastwatch.operations.indicator.CountUnit.TIMES) + " lượt cảnh báo";
        assertTrue(text.replace('\n', ' ').contains(situation), "the situation's count is the indicator's: " + situation);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "60", "-png", OUT.resolve("review-report.pdf").toString(),
                OUT.resolve("review-report").toString()).redirectErrorStream(true).start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertTrue(pdftoppm.waitFor(120, TimeUnit.SECONDS), "pdftoppm took over two minutes");
        assertEquals(0, pdftoppm.exitValue(), output);
        assertTrue(Files.exists(OUT.resolve("review-report-1.png")) || Files.exists(OUT.resolve("review-report-01.png")));
    }

    @Test
    void theDailySituationReportListsTheDaysIndicatorsAndAlerts() throws IOException {
        IndicatorScope scope = IndicatorScope.of(DemoCommand.tree(), DemoCommand.CA_NA);
        LocalDate day = LocalDate.of(2026, 3, 14);
        ListedRecords records = new ListedRecords();
        records.alert("foreign-vessel", 412_999_001L, "z-cn", "new", "2026-03-14T02:00:00Z", 6);
        records.alert("foreign-vessel", 412_999_002L, "z-cn", "new", "2026-03-13T18:00:00Z", null);
        records.alert("foreign-vessel", 412_999_003L, "z-nc-1", "new", "2026-03-14T03:00:00Z", null);
        Document document = new DailySituationReport(records.indicators()).compose("Đồn Biên phòng Cà Ná",
                scope, day, head(), closing());
        try (XWPFDocument docxRead = new XWPFDocument(new ByteArrayInputStream(new DocxDocumentWriter().toBytes(document)))) {
            List<XWPFTable> tables = tablesHeaded(docxRead, "Chỉ tiêu");
            assertEquals(1, tables.size());
            List<String> total = tables.getFirst().getRows().stream().map(ReviewReportTest::cells)
                    .filter(row -> row.getFirst().equals("Cảnh báo được phát hiện")).findFirst().orElseThrow();
            assertEquals(List.of("Cảnh báo được phát hiện", "lượt", "2", "0", "+2"), total,
                    "02:00Z on the 14th and 18:00Z on the 13th are both the 14th in Vietnam; Ninh Chữ's is not Cà Ná's");
            assertEquals(3, tablesHeaded(docxRead, "Thời gian").getFirst().getRows().size(),
                    "a header and the day's two alerts");
        }
        try (PDDocument read = Loader.loadPDF(new PdfDocumentWriter().toBytes(document))) {
            assertTrue(new PDFTextStripper().getText(read).contains("Tình hình ngày 14/03/2026"));
        }
    }

    /** The document's tables whose first cell is {@code header} (not the head block's layout table). */
    private static List<XWPFTable> tablesHeaded(XWPFDocument document, String header) {
        return document.getTables().stream().filter(table -> !table.getRows().isEmpty()
                && cells(table.getRow(0)).getFirst().equals(header)).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }
}
