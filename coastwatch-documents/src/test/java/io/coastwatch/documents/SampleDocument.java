package io.coastwatch.documents;

import io.coastwatch.documents.chart.CategoryChart;
import io.coastwatch.documents.map.StaticMap;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A review report built from decomposed (NFD) text, as a caller might pass it from a browser or a
 * file: the writers' tests read its texts back, composed, from the DOCX and the PDF.
 */
public final class SampleDocument {
    public static final String ISSUING_BODY = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Ninh Thuận";
    public static final String UNIT = "Đồn Biên phòng Ninh Chữ";
    public static final String NUMBER = "12/BC-ĐBP";
    public static final String DOCUMENT_TYPE = "BÁO CÁO";
    public static final String SUBJECT = "Sơ kết công tác biên phòng 6 tháng đầu năm 2026";
    public static final String HEADING = "I. ĐẶC ĐIỂM TÌNH HÌNH";
    public static final String PARAGRAPH = "Trong kỳ, đơn vị phát hiện 12.480 lượt tàu thuyền nước ngoài, "
            + "tăng 4,0 % so với cùng kỳ; xử lý nghiêm các vụ việc vi phạm.";
    public static final String TABLE_CAPTION = "Bảng 1. Kết quả thực hiện chỉ tiêu";
    public static final List<String> TABLE_HEADER = List.of("Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH");
    public static final List<String> TABLE_ROW = List.of("Cảnh báo được xác nhận", "lượt",
            VietnameseNumbers.count(12_000), VietnameseNumbers.count(12_480), VietnameseNumbers.percent(104.0));
    public static final List<String> TABLE_ROW_ZERO = List.of("Tàu cá vi phạm vùng biển nước ngoài", "phương tiện",
            "0", "0", "Đạt");
    public static final String CHART_CAPTION = "Biểu đồ 1. Cảnh báo theo tháng";
    public static final String MAP_CAPTION = "Bản đồ 1. Mật độ cảnh báo";
    public static final List<String> RECIPIENTS = List.of("- Bộ Tư lệnh BĐBP (để b/c);", "- Lưu: VT, TM.");
    public static final List<String> SIGNER_TITLE = List.of("KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG");
    public static final String SIGNER = "Đại tá Nguyễn Văn Hải";
    public static final String SECURITY_MARK = "MẬT";
    public static final LocalDate DATE = LocalDate.of(2026, 2, 7);

    private SampleDocument() {
    }

    /** The text decomposed: every Vietnamese letter as its base letter and combining marks. */
    public static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static List<String> decomposed(List<String> texts) {
        return texts.stream().map(SampleDocument::decomposed).toList();
    }

    public static Document build() {
        AdministrativeHead head = new AdministrativeHead(decomposed(ISSUING_BODY), decomposed(UNIT),
                decomposed(NUMBER), decomposed("Ninh Thuận"), DATE, Optional.of(decomposed(SECURITY_MARK)));
        Table table = new Table(decomposed(TABLE_CAPTION), List.of(
                new Table.Column(decomposed(TABLE_HEADER.get(0)), 4, Alignment.LEFT),
                new Table.Column(decomposed(TABLE_HEADER.get(1)), 1.8, Alignment.CENTRE),
                new Table.Column(decomposed(TABLE_HEADER.get(2)), 1.3, Alignment.RIGHT),
                new Table.Column(decomposed(TABLE_HEADER.get(3)), 1.3, Alignment.RIGHT),
                new Table.Column(decomposed(TABLE_HEADER.get(4)), 1.2, Alignment.RIGHT)),
                List.of(decomposed(TABLE_ROW), decomposed(TABLE_ROW_ZERO)));
        return Document.builder(head, decomposed(DOCUMENT_TYPE), decomposed(SUBJECT))
                .heading(1, decomposed(HEADING))
                .paragraph(decomposed(PARAGRAPH))
                .table(table)
                .figure(new Figure(chart(), decomposed(CHART_CAPTION), 150))
                .figure(new Figure(map(), decomposed(MAP_CAPTION), 140))
                .paragraph(decomposed("Đề nghị cấp trên quan tâm hỗ trợ phương tiện."), TextStyle.ITALIC)
                .closing(new Closing(decomposed(RECIPIENTS),
                        new Signature(decomposed(SIGNER_TITLE), decomposed(SIGNER))))
                .build();
    }

    static byte[] chart() {
        return new CategoryChart(decomposed("Cảnh báo theo tháng"), decomposed("Số lượt"),
                List.of("T1", "T2", "T3", "T4", "T5", "T6"),
                List.of(new CategoryChart.Series(decomposed("Năm 2026"),
                        List.of(1_850.0, 2_010.0, 2_300.0, 1_990.0, 2_120.0, 2_210.0))),
                CategoryChart.Kind.BARS).png(900, 500);
    }

    static byte[] map() {
        GeometryFactory geometry = new GeometryFactory();
        var land = geometry.createPolygon(new Coordinate[] {new Coordinate(108.5, 11.0),
                new Coordinate(109.0, 11.0), new Coordinate(109.2, 11.8), new Coordinate(108.5, 12.2),
                new Coordinate(108.5, 11.0)});
        return new StaticMap(new Envelope(108.5, 110.0, 10.8, 12.2), 900, 700)
                .title(decomposed("Mật độ cảnh báo"))
                .land(land)
                .heat(List.of(new Coordinate(109.5, 11.5), new Coordinate(109.51, 11.5), new Coordinate(109.5, 11.52)))
                .point(new Coordinate(109.0, 11.6), decomposed("Trạm Ninh Chữ"))
                .png();
    }
}
