package io.coastwatch.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.documents.SampleDocument;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample report's pages with poppler's {@code pdftoppm} (a second, independent PDF
 * reader) to PNG under {@code target/documents/pages/}, kept for a person to look at. A missing
 * {@code pdftoppm} fails the test: {@code .ci/run} installs poppler-utils.
 */
class PdfPagesRenderedTest {
    private static final int DOTS_PER_INCH = 72;

    @Test
    void everyPageRendersToAPngWithInkOnIt() throws IOException, InterruptedException {
        Path pdf = Path.of("target", "documents", "pages", "sample-report.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, new PdfDocumentWriter().toBytes(SampleDocument.build()));
        Path prefix = pdf.resolveSibling("sample-report");
        Process pdftoppm;
        try {
            pdftoppm = new ProcessBuilder("pdftoppm", "-r", Integer.toString(DOTS_PER_INCH), "-png",
                    pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdftoppm is missing: install poppler-utils (as .ci/run does)", e);
        }
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertTrue(pdftoppm.waitFor(60, TimeUnit.SECONDS), "pdftoppm took over a minute");
        assertEquals(0, pdftoppm.exitValue(), output);
        List<Path> pages;
        try (Stream<Path> files = Files.list(pdf.getParent())) {
            pages = files.filter(file -> file.getFileName().toString().matches("sample-report-\\d+\\.png")).sorted().toList();
        }
        assertTrue(pages.size() >= 2, "pages rendered: " + pages);
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            assertEquals(595, image.getWidth(), 1, page.toString());
            double ink = inkShare(image);
            assertTrue(ink > 0.005, page + " is blank: " + ink);
        }
        assertTrue(new File(pages.get(0).toString()).length() > 10_000);
    }

    /** The share of pixels that are not near-white. */
    private static double inkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
