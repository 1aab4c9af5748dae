package io.coastwatch.documents.docx;

import static io.coastwatch.documents.SampleDocument.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.documents.AdministrativeFormat;
import io.coastwatch.documents.SampleDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes the sample report as DOCX, keeps it under {@code target/documents/}, and reads it back with POI. */
class DocxDocumentWriterTest {
    private static XWPFDocument docx;
    private static String text;

    @BeforeAll
    static void write() throws IOException {
        byte[] bytes = new DocxDocumentWriter().toBytes(SampleDocument.build());
        Path kept = Path.of("target", "documents", "sample-report.docx");
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
            text = extractor.getText();
        }
    }

    @Test
    void theHeadBlockHoldsTheBodiesTheNationalTitleTheNumberAndThePlaceAndDate() {
        XWPFTable head = docx.getTables().get(0);
        List<String> left = lines(head.getRow(0).getCell(0));
        List<String> right = lines(head.getRow(0).getCell(1));
        assertEquals(List.of(ISSUING_BODY.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                UNIT.toUpperCase(java.util.Locale.forLanguageTag("vi")), "________", "Số: " + NUMBER, SECURITY_MARK), left);
        assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Ninh Thuận, ngày 07 tháng 02 năm 2026"), right);
    }

    @Test
    void theTitleTheBodyTheTableAndTheClosingAreThere() {
        for (String expected : Stream.of(List.of(DOCUMENT_TYPE, SUBJECT, HEADING, PARAGRAPH, TABLE_CAPTION,
                CHART_CAPTION, MAP_CAPTION, SIGNER, "Nơi nhận:"), RECIPIENTS, SIGNER_TITLE)
                .flatMap(List::stream).toList()) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
        }
    }

    @Test
    void theIndicatorTableHasItsHeaderRepeatedAndItsCellsInOrder() {
        XWPFTable table = docx.getTables().get(1);
        assertEquals(3, table.getNumberOfRows());
        assertTrue(table.getRow(0).isRepeatHeader());
        assertEquals(TABLE_HEADER, cells(table.getRow(0)));
        assertEquals(List.of("Cảnh báo được xác nhận", "lượt", "12.000", "12.480", "104,0 %"), cells(table.getRow(1)));
        assertEquals(TABLE_ROW_ZERO, cells(table.getRow(2)));
    }

    @Test
    void theClosingHasTheRecipientsOnTheLeftAndTheSignatureOnTheRight() {
        XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
        List<String> recipients = new ArrayList<>(List.of("Nơi nhận:"));
        recipients.addAll(RECIPIENTS);
        assertEquals(recipients, lines(closing.getRow(0).getCell(0)));
        List<String> signature = new ArrayList<>(SIGNER_TITLE);
        signature.add(SIGNER);
        assertEquals(signature, lines(closing.getRow(0).getCell(1)));
    }

    @Test
    void decomposedInputComesOutComposed() {
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertFalse(text.chars().anyMatch(c -> c >= 0x0300 && c <= 0x036F), "a combining mark is left");
        assertTrue(text.contains("Nguyễn"));
    }

    @Test
    void everyRunIsInTimesNewRomanAndVietnamese() {
        List<XWPFRun> runs = allRuns();
        assertFalse(runs.isEmpty());
        for (XWPFRun run : runs) {
            if (!run.text().isEmpty()) {
                assertEquals("Times New Roman", run.getFontFamily(), run.text());
                assertEquals("vi-VN", run.getLang(), run.text());
            }
        }
    }

    @Test
    void thePageIsA4WithTheDecreesMarginsAndNumbersFromTheSecondPage() {
        var section = docx.getDocument().getBody().getSectPr();
        AdministrativeFormat format = AdministrativeFormat.DECREE_30_2020;
        assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
        assertEquals(BigInteger.valueOf(Math.round(format.marginLeftMm() * 1440 / 25.4)), section.getPgMar().getLeft());
        assertTrue(section.isSetTitlePg(), "the first page must have its own (empty) header");
        assertTrue(docx.getHeaderList().stream().anyMatch(header -> header._getHdrFtr().xmlText().contains("PAGE")));
    }

    @Test
    void theChartAndTheMapAreEmbeddedAsPictures() {
        assertEquals(2, docx.getAllPictures().size());
        for (var picture : docx.getAllPictures()) {
            assertEquals("image/png", picture.getPackagePart().getContentType());
        }
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<XWPFRun> allRuns() {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(
                        cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()))));
            }
        }
        return runs;
    }
}
