package io.coastwatch.documents.pdf;

import static io.coastwatch.documents.SampleDocument.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.documents.SampleDocument;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample report as PDF, keeps it under {@code target/documents/}, reads it back with
 * PDFBox (a reader independent of the writer) and renders its pages with poppler's {@code pdftoppm}.
 */
class PdfDocumentWriterTest {
    static final Path KEPT = Path.of("target", "documents", "sample-report.pdf");
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void write() throws IOException {
        byte[] bytes = new PdfDocumentWriter().toBytes(SampleDocument.build());
        Files.createDirectories(KEPT.getParent());
        Files.write(KEPT, bytes);
        pdf = Loader.loadPDF(bytes);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        text = stripper.getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void theHeadBlockHasTheUnitOnTheLeftAndTheNationalTitleOnTheRight() throws IOException {
        Locale vietnamese = Locale.forLanguageTag("vi");
        PDPage first = pdf.getPage(0);
        float width = first.getMediaBox().getWidth();
        PDFTextStripperByArea head = new PDFTextStripperByArea();
        head.setSortByPosition(true);
        head.addRegion("left", new Rectangle2D.Float(0, 0, width * 0.45f, 200));
        head.addRegion("right", new Rectangle2D.Float(width * 0.45f, 0, width * 0.55f, 200));
        head.extractRegions(first);
        String left = oneLine(head.getTextForRegion("left"));
        String right = oneLine(head.getTextForRegion("right"));
        for (String expected : List.of(ISSUING_BODY.toUpperCase(vietnamese), UNIT.toUpperCase(vietnamese),
                "Số: " + NUMBER, SECURITY_MARK)) {
            assertTrue(left.contains(expected), () -> "missing «" + expected + "» on the left: " + left);
        }
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Ninh Thuận, ngày 07 tháng 02 năm 2026")) {
            assertTrue(right.contains(expected), () -> "missing «" + expected + "» on the right: " + right);
        }
    }

    @Test
    void theTitleTheBodyAndTheClosingReadBack() {
        for (String expected : Stream.of(List.of(DOCUMENT_TYPE, SUBJECT, HEADING, TABLE_CAPTION, CHART_CAPTION,
                MAP_CAPTION, "Nơi nhận:", SIGNER), RECIPIENTS, SIGNER_TITLE).flatMap(List::stream).toList()) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
        }
        // PDFBox may split a word of a justified line ("v ới"), where poppler does not: compared without spaces.
        assertTrue(text.replaceAll("\\s+", "").contains(PARAGRAPH.replaceAll("\\s+", "")), text);
    }

    @Test
    void theTableRowsReadInTheirColumnsOrder() {
        assertTrue(text.contains(String.join(" ", TABLE_HEADER)), text);
        assertTrue(text.contains("Cảnh báo được xác nhận lượt 12.000 12.480 104,0 %"), text);
        assertTrue(text.contains(String.join(" ", TABLE_ROW_ZERO)), text);
    }

    @Test
    void decomposedInputComesOutComposed() {
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertFalse(text.chars().anyMatch(c -> c >= 0x0300 && c <= 0x036F), "a combining mark is left");
    }

    @Test
    void everyFontIsAnEmbeddedLiberationSerif() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSerif"), font.getName());
            }
        }
        assertTrue(names.stream().anyMatch(name -> name.contains("Bold")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.contains("Italic")), names.toString());
    }

    @Test
    void theChartAndTheMapAreEmbeddedAsImages() throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images++;
                    assertTrue(image.getWidth() >= 900, "the picture keeps its pixels: " + image.getWidth());
                }
            }
        }
        assertEquals(2, images);
    }

    @Test
    void thePagesAreA4NumberedFromTheSecond() throws IOException {
        assertTrue(pdf.getNumberOfPages() >= 2, "the sample spans pages: " + pdf.getNumberOfPages());
        for (PDPage page : pdf.getPages()) {
            assertEquals(595.3f, page.getMediaBox().getWidth(), 0.5f);
            assertEquals(841.9f, page.getMediaBox().getHeight(), 0.5f);
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        assertEquals("2", stripper.getText(pdf).lines().findFirst().orElseThrow().strip());
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        assertFalse(stripper.getText(pdf).lines().findFirst().orElseThrow().strip().equals("1"));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
