package io.coastwatch.operations.report;

import io.coastwatch.documents.AdministrativeHead;
import io.coastwatch.documents.Alignment;
import io.coastwatch.documents.Closing;
import io.coastwatch.documents.Document;
import io.coastwatch.documents.Table;
import io.coastwatch.operations.indicator.CountUnit;
import io.coastwatch.operations.indicator.CountedRecord;
import io.coastwatch.operations.indicator.Indicator;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.Measure;
import io.coastwatch.operations.indicator.Period;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily situation report (báo cáo tình hình trong ngày): every indicator of one day of Vietnam's
 * calendar — the 24 hours before the morning it is made, 00:00 to 24:00 GMT+7 — beside the day before,
 * and the alerts of the day, at most {@value #MAX_ALERTS} listed. Stateless and thread-safe.
 */
public final class DailySituationReport {

    /** The most alerts the report lists. */
    public static final int MAX_ALERTS = 100;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(Period.VIETNAM);

    private final Indicators indicators;

    public DailySituationReport(Indicators indicators) {
        this.indicators = indicators;
    }

    /** The report of {@code day} for {@code scope}, named for {@code unitName}. */
    public Document compose(String unitName, IndicatorScope scope, LocalDate day, AdministrativeHead head,
            Closing closing) {
        Period today = new Period(day, day);
        Period dayBefore = new Period(day.minusDays(1), day.minusDays(1));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : indicators.catalog().validOn(day)) {
            CountUnit unit = indicator.primaryUnit();
            Measure now = indicators.measure(indicator.code(), scope, today);
            Measure before = indicators.measure(indicator.code(), scope, dayBefore);
            rows.add(List.of(indicator.name().vi(), unit.label().vi(), ReportNumbers.amount(now.primary(), unit),
                    ReportNumbers.amount(before.primary(), unit), ReportNumbers.change(
                            now.primary().flatMap(value -> before.primary().map(old -> value - old)), java.util.Optional.empty(),
                            unit)));
        }
        List<List<String>> alerts = indicators.records(ReviewFacts.ALERTS, scope, today, MAX_ALERTS).stream()
                .map(DailySituationReport::alertRow).toList();
        Document.Builder report = Document.builder(head, "BÁO CÁO", "Tình hình ngày " + day.format(DAY) + " của "
                + unitName);
        report.heading(1, "I. TÌNH HÌNH TRONG NGÀY").table(new Table("Bảng 1. Các chỉ tiêu trong ngày", List.of(
                new Table.Column("Chỉ tiêu", 4, Alignment.LEFT), new Table.Column("ĐVT", 1.4, Alignment.CENTRE),
                new Table.Column("Trong ngày", 1.2, Alignment.RIGHT), new Table.Column("Ngày trước", 1.2, Alignment.RIGHT),
                new Table.Column("±", 1.2, Alignment.RIGHT)), rows));
        report.heading(1, "II. CÁC CẢNH BÁO").paragraph(alerts.isEmpty() ? "Trong ngày không có cảnh báo."
                : "Trong ngày có " + ReportNumbers.amount(indicators.measure(ReviewFacts.ALERTS, scope, today).records(),
                        CountUnit.TIMES) + " lượt cảnh báo:");
        if (!alerts.isEmpty()) {
            report.table(new Table("Bảng 2. Cảnh báo trong ngày", List.of(new Table.Column("Thời gian", 1.3, Alignment.LEFT),
                    new Table.Column("Cảnh báo", 5, Alignment.LEFT)), alerts));
        }
        return report.closing(closing).build();
    }

    private static List<String> alertRow(CountedRecord alert) {
        return List.of(TIME.format(alert.at()), alert.summary());
    }
}
