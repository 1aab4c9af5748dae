package io.coastwatch.documents.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.junit.jupiter.api.Test;

class CategoryChartTest {
    private static final CategoryChart BY_KIND = new CategoryChart(
            Normalizer.normalize("Cảnh báo theo loại", Normalizer.Form.NFD), "Số lượt",
            List.of(Normalizer.normalize("Xâm nhập vùng cấm", Normalizer.Form.NFD), "Tắt AIS", "Tàu nước ngoài"),
            List.of(new CategoryChart.Series("2025", List.of(9_870.0, 412.0, 1_310.0)),
                    new CategoryChart.Series("2026", List.of(12_480.0, 380.0, 1_502.0))),
            CategoryChart.Kind.BARS);

    @Test
    void itDrawsAPngOfTheSizeAsked() throws IOException {
        byte[] png = BY_KIND.png(800, 450);
        Path kept = Path.of("target", "documents", "chart-by-kind.png");
        Files.createDirectories(kept.getParent());
        Files.write(kept, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    @Test
    void theAxisAndTheLabelsPrintNumbersTheVietnameseWay() {
        var plot = BY_KIND.chart().getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        assertEquals("12.480", axis.getNumberFormatOverride().format(12_480));
        CategoryItemLabelGenerator labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertEquals("12.480", labels.generateLabel(plot.getDataset(), 1, 0));
        assertEquals("1.310", labels.generateLabel(plot.getDataset(), 0, 2));
    }

    @Test
    void itsTextsAreComposedAndTwoSeriesGetALegend() {
        assertEquals("Cảnh báo theo loại", BY_KIND.title());
        assertEquals("Xâm nhập vùng cấm", BY_KIND.categories().get(0));
        assertTrue(BY_KIND.chart().getLegend() != null);
        assertEquals("Cảnh báo theo loại", BY_KIND.chart().getTitle().getText());
    }

    @Test
    void aSeriesNeedsAValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> new CategoryChart("T", "Số lượt", List.of("T1", "T2"),
                List.of(new CategoryChart.Series("2026", List.of(1.0))), CategoryChart.Kind.LINES));
    }
}
