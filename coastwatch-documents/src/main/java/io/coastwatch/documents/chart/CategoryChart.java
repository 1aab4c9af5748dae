package io.coastwatch.documents.chart;

import io.coastwatch.documents.Nfc;
import io.coastwatch.documents.VietnameseNumbers;
import io.coastwatch.documents.font.SerifFont;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart of values over categories, as bars or lines: alerts by month, by kind, by station. Values
 * print the Vietnamese way ({@code 12.480}). Immutable; {@link #png} is thread-safe.
 *
 * @param title      the title above the chart
 * @param valueLabel the value axis's label, e.g. {@code Số lượt}
 * @param categories the categories, in order
 * @param series     one or more series, each with a value per category
 * @param kind       bars or lines
 */
public record CategoryChart(String title, String valueLabel, List<String> categories, List<Series> series,
                            Kind kind) {
    /** How the values are drawn. */
    public enum Kind { BARS, LINES }

    /** A named series with one value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            name = Nfc.of(name);
            values = List.copyOf(values);
        }
    }

    public CategoryChart {
        title = Nfc.of(title);
        valueLabel = Nfc.of(valueLabel);
        categories = Nfc.all(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a series");
        }
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The chart drawn to a PNG of the given size, pixels. */
    public byte[] png(int widthPixels, int heightPixels) {
        BufferedImage image = chart().createBufferedImage(widthPixels, heightPixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart", e);
        }
        return out.toByteArray();
    }

    /** The JFreeChart, themed; package-private for tests of its axis. */
    JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series one : series) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(one.values().get(i), one.name(), categories.get(i));
            }
        }
        JFreeChart chart = kind == Kind.BARS
                ? ChartFactory.createBarChart(title, null, valueLabel, data, PlotOrientation.VERTICAL, series.size() > 1,
                        false, false)
                : ChartFactory.createLineChart(title, null, valueLabel, data, PlotOrientation.VERTICAL,
                        series.size() > 1, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(VietnameseNumbers.countFormat());
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var renderer = plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                VietnameseNumbers.countFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(SerifFont.REGULAR.awt(11));
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("coastwatch");
        theme.setExtraLargeFont(SerifFont.BOLD.awt(18));
        theme.setLargeFont(SerifFont.BOLD.awt(14));
        theme.setRegularFont(SerifFont.REGULAR.awt(12));
        theme.setSmallFont(SerifFont.REGULAR.awt(10));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
