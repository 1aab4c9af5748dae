package io.coastwatch.operations.report;

import io.coastwatch.documents.AdministrativeHead;
import io.coastwatch.documents.Alignment;
import io.coastwatch.documents.Closing;
import io.coastwatch.documents.Document;
import io.coastwatch.documents.Figure;
import io.coastwatch.documents.Table;
import io.coastwatch.documents.TextStyle;
import io.coastwatch.documents.chart.CategoryChart;
import io.coastwatch.documents.map.StaticMap;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.plan.Assessment;
import io.coastwatch.operations.plan.Progress;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Lays out the review report (báo cáo sơ kết) of a unit's period from its {@link ReviewFacts}: the
 * situation, the results by area of work with the indicator table (Chỉ tiêu | ĐVT | Kế hoạch | Thực
 * hiện | % KH | Cùng kỳ | ±), the charts by month and by incident kind, the alerts' heat map, the
 * sections officers write (strengths, shortcomings, causes, lessons, directions, proposals) prefilled
 * with the facts, and an appendix of the months. The result is the document kit's model, written as
 * an editable DOCX or a PDF. Stateless and thread-safe.
 */
public final class ReviewReport {

    /** The columns of the indicator table, as Vietnamese reports head them. */
    public static final List<String> TABLE_HEADERS = List.of("Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH",
            "Cùng kỳ", "±");
    /** What a section officers write holds until they do. */
    public static final String TO_WRITE = "(Cơ quan tham mưu viết nội dung này.)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AreasOfWork areas;

    public ReviewReport(AreasOfWork areas) {
        this.areas = Objects.requireNonNull(areas, "areas");
    }

    /**
     * The report.
     *
     * @param head     the head block (issuing unit, number, place and date)
     * @param closing  the recipients and the signature
     * @param backdrop what the heat map is drawn on
     */
    public Document compose(ReviewFacts facts, AdministrativeHead head, Closing closing, MapBackdrop backdrop) {
        Document.Builder report = Document.builder(head, "BÁO CÁO", "Sơ kết công tác " + days(facts.period())
                + " của " + facts.unitName());
        situation(report, facts);
        results(report, facts, backdrop);
        assessment(report, facts);
        report.heading(1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI").paragraph(TO_WRITE, TextStyle.ITALIC);
        report.heading(1, "V. ĐỀ XUẤT, KIẾN NGHỊ").paragraph(TO_WRITE, TextStyle.ITALIC);
        report.heading(1, "PHỤ LỤC").table(monthTable(facts));
        return report.closing(closing).build();
    }

    /** The indicator table's row of one target, as printed. */
    public static List<String> row(Progress progress) {
        CountUnit unit = progress.indicator().primaryUnit();
        return List.of(progress.indicator().name().vi(), unit.label().vi(),
                ReportNumbers.amount(progress.target().value(), unit), ReportNumbers.amount(progress.actual().primary(), unit),
                ReportNumbers.percent(progress.percentOfTarget()), ReportNumbers.amount(progress.previous().primary(), unit),
                ReportNumbers.change(progress.change(), progress.changePercent(), unit));
    }

    private static void situation(Document.Builder report, ReviewFacts facts) {
        String kinds = facts.byKind().stream().filter(kind -> kind.count() > 0)
                .map(kind -> kind.kind().vi() + ": " + ReportNumbers.amount(kind.count(), CountUnit.TIMES) + " lượt")
                .collect(Collectors.joining("; "));
        report.heading(1, "I. TÌNH HÌNH").paragraph("Từ ngày " + facts.period().first().format(DAY) + " đến ngày "
                + facts.period().last().format(DAY) + ", trên các vùng biển thuộc phạm vi quản lý của " + facts.unitName()
                + ", hệ thống giám sát đã phát hiện " + ReportNumbers.amount(facts.alerts(), CountUnit.TIMES)
                + " lượt cảnh báo (cùng kỳ năm trước: " + ReportNumbers.amount(facts.alertsYearBefore(), CountUnit.TIMES)
                + " lượt)" + (kinds.isEmpty() ? "." : ", trong đó " + kinds + "."));
    }

    private void results(Document.Builder report, ReviewFacts facts, MapBackdrop backdrop) {
        report.heading(1, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU").paragraph("Thực hiện " + facts.plan().title() + ":");
        List<String> order = areas.ordered(facts.progress().stream().map(row -> row.indicator().area()).toList());
        int number = 0;
        for (String area : order) {
            number++;
            List<List<String>> rows = facts.progress().stream().filter(row -> row.indicator().area().equals(area))
                    .map(ReviewReport::row).toList();
            report.heading(2, number + ". " + areas.label(area).vi())
                    .table(new Table("Bảng " + number + ". Kết quả thực hiện chỉ tiêu", columns(), rows));
        }
        report.figure(new Figure(monthChart(facts), "Biểu đồ 1. Cảnh báo theo tháng", 160))
                .figure(new Figure(kindChart(facts), "Biểu đồ 2. Cảnh báo theo loại vụ việc", 160))
                .figure(new Figure(heatMap(facts, backdrop), "Bản đồ 1. Mật độ cảnh báo trong kỳ", 160));
    }

    private static void assessment(Document.Builder report, ReviewFacts facts) {
        report.heading(1, "III. ĐÁNH GIÁ CHUNG")
                .heading(2, "1. Ưu điểm").paragraph(assessed(facts, "Các chỉ tiêu đạt và vượt kế hoạch: ",
                        Assessment.MET, Assessment.EXCEEDED))
                .paragraph(TO_WRITE, TextStyle.ITALIC)
                .heading(2, "2. Hạn chế, khuyết điểm").paragraph(assessed(facts, "Các chỉ tiêu chưa đạt kế hoạch: ",
                        Assessment.NOT_MET))
                .paragraph(TO_WRITE, TextStyle.ITALIC)
                .heading(2, "3. Nguyên nhân").paragraph(TO_WRITE, TextStyle.ITALIC)
                .heading(2, "4. Bài học kinh nghiệm").paragraph(TO_WRITE, TextStyle.ITALIC);
    }

    private static String assessed(ReviewFacts facts, String lead, Assessment... assessments) {
        List<Assessment> wanted = List.of(assessments);
        String listed = facts.progress().stream().filter(row -> wanted.contains(row.assessment()))
                .map(row -> row.indicator().name().vi() + " (" + row.assessment().label().vi() + ", "
                        + ReportNumbers.amount(row.actual().primary(), row.indicator().primaryUnit()) + "/"
                        + ReportNumbers.amount(row.target().value(), row.indicator().primaryUnit()) + " "
                        + row.indicator().primaryUnit().label().vi() + ")")
                .collect(Collectors.joining("; "));
        return lead + (listed.isEmpty() ? "không có." : listed + ".");
    }

    private static List<Table.Column> columns() {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(TABLE_HEADERS.get(0), 4, Alignment.LEFT));
        columns.add(new Table.Column(TABLE_HEADERS.get(1), 1.4, Alignment.CENTRE));
        for (String header : TABLE_HEADERS.subList(2, TABLE_HEADERS.size())) {
            columns.add(new Table.Column(header, header.equals("±") ? 1.8 : 1.2, Alignment.RIGHT));
        }
        return columns;
    }

    private static Table monthTable(ReviewFacts facts) {
        List<List<String>> rows = facts.byMonth().stream().map(month -> List.of(
                String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear()),
                ReportNumbers.amount(month.count(), CountUnit.TIMES),
                ReportNumbers.amount(month.yearBefore(), CountUnit.TIMES))).toList();
        return new Table("Phụ lục 1. Cảnh báo theo tháng", List.of(new Table.Column("Tháng", 2, Alignment.LEFT),
                new Table.Column("Trong kỳ", 1, Alignment.RIGHT), new Table.Column("Cùng kỳ", 1, Alignment.RIGHT)), rows);
    }

    private static byte[] monthChart(ReviewFacts facts) {
        List<String> months = facts.byMonth().stream().map(month -> "T" + month.month().getMonthValue()).toList();
        return new CategoryChart("Cảnh báo theo tháng", "Số lượt", months, List.of(
                new CategoryChart.Series("Năm " + facts.period().last().getYear(),
                        facts.byMonth().stream().map(ReviewFacts.MonthCount::count).toList()),
                new CategoryChart.Series("Cùng kỳ năm " + (facts.period().last().getYear() - 1),
                        facts.byMonth().stream().map(ReviewFacts.MonthCount::yearBefore).toList())),
                CategoryChart.Kind.BARS).png(1200, 600);
    }

    private static byte[] kindChart(ReviewFacts facts) {
        return new CategoryChart("Cảnh báo theo loại vụ việc", "Số lượt",
                facts.byKind().stream().map(kind -> kind.kind().vi()).toList(),
                List.of(new CategoryChart.Series("Trong kỳ", facts.byKind().stream().map(ReviewFacts.KindCount::count)
                        .toList())), CategoryChart.Kind.BARS).png(1200, 700);
    }

    private static byte[] heatMap(ReviewFacts facts, MapBackdrop backdrop) {
        StaticMap map = new StaticMap(backdrop.area(), 1200, 900).title("Mật độ cảnh báo, " + days(facts.period()));
        if (!backdrop.land().isEmpty()) {
            map.land(backdrop.land());
        }
        for (Geometry zone : backdrop.zones()) {
            map.zone(zone);
        }
        return map.heat(facts.positions().stream()
                .map(position -> new Coordinate(position.longitude(), position.latitude())).toList()).png();
    }

    private static String days(Period period) {
        return "từ " + period.first().format(DAY) + " đến " + period.last().format(DAY);
    }
}
