package io.coastwatch.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdministrativeHeadTest {

    private static AdministrativeHead on(LocalDate date) {
        return new AdministrativeHead("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Chỉ huy BĐBP tỉnh Ninh Thuận",
                "15/BC-BCH", "Ninh Thuận", date);
    }

    @Test
    void aDayBelowTenAndAMonthBelowThreeTakeALeadingZero() {
        assertEquals("Ninh Thuận, ngày 07 tháng 02 năm 2026", on(LocalDate.of(2026, 2, 7)).placeAndDateLine());
        assertEquals("Ninh Thuận, ngày 15 tháng 3 năm 2026", on(LocalDate.of(2026, 3, 15)).placeAndDateLine());
        assertEquals("Ninh Thuận, ngày 31 tháng 12 năm 2026", on(LocalDate.of(2026, 12, 31)).placeAndDateLine());
        assertEquals("Ninh Thuận, ngày 01 tháng 01 năm 2027", on(LocalDate.of(2027, 1, 1)).placeAndDateLine());
    }

    @Test
    void theBodiesPrintInVietnameseCapitalsAndTheNumberAfterItsLabel() {
        AdministrativeHead head = on(LocalDate.of(2026, 6, 30));
        assertEquals("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", head.issuingBodyLine());
        assertEquals("BỘ CHỈ HUY BĐBP TỈNH NINH THUẬN", head.unitLine());
        assertEquals("Số: 15/BC-BCH", head.numberLine(AdministrativeFormat.DECREE_30_2020));
    }

    @Test
    void decomposedInputIsComposedAndABlankSecurityMarkIsNone() {
        String decomposed = Normalizer.normalize("Đồn Biên phòng Cà Ná", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Đồn Biên phòng Cà Ná".length());
        AdministrativeHead head = new AdministrativeHead("", decomposed, "1/BC", "Cà Ná", LocalDate.of(2026, 1, 5),
                Optional.of("  "));
        assertEquals("Đồn Biên phòng Cà Ná", head.unit());
        assertEquals(Optional.empty(), head.securityMark());
        assertEquals("", head.issuingBodyLine());
    }

    @Test
    void aHeadNeedsAUnit() {
        assertThrows(IllegalArgumentException.class,
                () -> new AdministrativeHead("Bộ Tư lệnh", " ", "1/BC", "Cà Ná", LocalDate.of(2026, 1, 5)));
    }

    @Test
    void everyTextOfTheModelIsComposed() {
        String decomposed = Normalizer.normalize("Lưu: VT, Tham mưu", Normalizer.Form.NFD);
        Table table = new Table(decomposed, List.of(new Table.Column(decomposed, 1, Alignment.LEFT)),
                List.of(List.of(decomposed)));
        String composed = "Lưu: VT, Tham mưu";
        assertEquals(composed, table.caption());
        assertEquals(composed, table.columns().get(0).header());
        assertEquals(composed, table.rows().get(0).get(0));
        assertEquals(composed, new Paragraph(decomposed).text());
        assertEquals(composed, new Heading(2, decomposed).text());
        assertEquals(List.of(composed), new Closing(List.of(decomposed), new Signature(List.of(decomposed), decomposed))
                .recipients());
    }

    @Test
    void aTableRowNeedsACellPerColumn() {
        var columns = List.of(new Table.Column("Chỉ tiêu", 3, Alignment.LEFT), new Table.Column("ĐVT", 1, Alignment.CENTRE));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Table("", columns, List.of(List.of("Cảnh báo"))));
        assertEquals("row 0 has 1 cells for 2 columns", error.getMessage());
    }
}
