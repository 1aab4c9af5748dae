package io.coastwatch.documents.map;

import io.coastwatch.documents.Nfc;
import io.coastwatch.documents.font.SerifFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A static map, longitude as x and latitude as y, built layer by layer and drawn to PNG. The area is
 * widened to the image's proportions so that distances keep their scale. Draw order: sea, land,
 * heat, zones, tracks, points, title, scale bar. Not thread-safe while built; {@link #png} may be
 * called from any thread once building is done.
 *
 * <pre>{@code
 * byte[] png = new StaticMap(new Envelope(108.5, 110.0, 10.8, 12.2), 900, 700)
 *         .title("Cảnh báo quý IV/2026")
 *         .land(land).zone(territorialSea).heat(alertPositions)
 *         .point(new Coordinate(109.2, 11.6), "Trạm Ninh Chữ")
 *         .png();
 * }</pre>
 */
public final class StaticMap {
    private static final Color SEA = new Color(0xDC, 0xEB, 0xF5);
    private static final Color LAND = new Color(0xEF, 0xE9, 0xDC);
    private static final Color COAST = new Color(0x9A, 0x8F, 0x7A);
    private static final Color ZONE = new Color(0x1F, 0x4E, 0x99);
    private static final Color TRACK = new Color(0x33, 0x33, 0x33);
    private static final Color POINT = new Color(0xC0, 0x1A, 0x1A);
    private static final double NAUTICAL_MILE_DEGREES = 1.0 / 60;
    private static final double HEAT_SIGMA_PIXELS = 10;

    private final Envelope area;
    private final int width;
    private final int height;
    private final double pixelsPerDegree;
    private final double longitudeScale;
    private String title = "";
    private final List<Geometry> land = new ArrayList<>();
    private final List<Geometry> zones = new ArrayList<>();
    private final List<Geometry> tracks = new ArrayList<>();
    private final List<Coordinate> points = new ArrayList<>();
    private final List<String> pointLabels = new ArrayList<>();
    private final List<Coordinate> heat = new ArrayList<>();

    /**
     * @param area   the area to show at least, degrees (longitude x, latitude y)
     * @param width  the image's width, pixels
     * @param height the image's height, pixels
     */
    public StaticMap(Envelope area, int width, int height) {
        if (area.isNull() || area.getWidth() <= 0 || area.getHeight() <= 0 || width < 50 || height < 50) {
            throw new IllegalArgumentException("a map needs an area and at least 50 x 50 pixels");
        }
        this.width = width;
        this.height = height;
        this.longitudeScale = Math.cos(Math.toRadians(area.centre().y));
        this.pixelsPerDegree = Math.min(width / (area.getWidth() * longitudeScale), height / area.getHeight());
        Coordinate centre = area.centre();
        double halfWidth = width / pixelsPerDegree / longitudeScale / 2;
        double halfHeight = height / pixelsPerDegree / 2;
        this.area = new Envelope(centre.x - halfWidth, centre.x + halfWidth, centre.y - halfHeight, centre.y + halfHeight);
    }

    public StaticMap title(String title) {
        this.title = Nfc.of(title);
        return this;
    }

    /** Land polygons, filled. */
    public StaticMap land(Geometry land) {
        this.land.add(land);
        return this;
    }

    /** A zone, outlined dashed over a light fill. */
    public StaticMap zone(Geometry zone) {
        zones.add(zone);
        return this;
    }

    /** A track (a line), drawn solid. */
    public StaticMap track(Geometry track) {
        tracks.add(track);
        return this;
    }

    /** A point with a label (empty for none). */
    public StaticMap point(Coordinate position, String label) {
        points.add(new Coordinate(position));
        pointLabels.add(Nfc.of(label));
        return this;
    }

    /** Positions whose density is drawn as a heat map (warmer where more lie). */
    public StaticMap heat(List<Coordinate> positions) {
        heat.addAll(positions);
        return this;
    }

    /** The area drawn, widened to the image's proportions. */
    public Envelope area() {
        return new Envelope(area);
    }

    /** The pixel a position falls on. */
    public Point2D pixel(Coordinate position) {
        return new Point2D.Double((position.x - area.getMinX()) * longitudeScale * pixelsPerDegree,
                (area.getMaxY() - position.y) * pixelsPerDegree);
    }

    /** The map as a PNG. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEA);
            g.fillRect(0, 0, width, height);
            ShapeWriter shapes = new ShapeWriter(transformation());
            for (Geometry polygon : land) {
                Shape shape = shapes.toShape(polygon);
                g.setColor(LAND);
                g.fill(shape);
                g.setColor(COAST);
                g.setStroke(new BasicStroke(1f));
                g.draw(shape);
            }
            if (!heat.isEmpty()) {
                g.drawImage(new HeatLayer(width, height, HEAT_SIGMA_PIXELS).draw(heat, this::pixel), 0, 0, null);
            }
            for (Geometry zone : zones) {
                Shape shape = shapes.toShape(zone);
                g.setColor(new Color(ZONE.getRed(), ZONE.getGreen(), ZONE.getBlue(), 30));
                g.fill(shape);
                g.setColor(ZONE);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0));
                g.draw(shape);
            }
            g.setColor(TRACK);
            g.setStroke(new BasicStroke(1.5f));
            for (Geometry track : tracks) {
                g.draw(shapes.toShape(track));
            }
            drawPoints(g);
            drawTitle(g);
            drawScaleBar(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the map", e);
        }
        return out.toByteArray();
    }

    private PointTransformation transformation() {
        return (source, view) -> view.setLocation(pixel(source));
    }

    private void drawPoints(Graphics2D g) {
        g.setFont(SerifFont.REGULAR.awt(13));
        for (int i = 0; i < points.size(); i++) {
            Point2D at = pixel(points.get(i));
            g.setColor(POINT);
            g.fillOval((int) Math.round(at.getX()) - 4, (int) Math.round(at.getY()) - 4, 9, 9);
            if (!pointLabels.get(i).isEmpty()) {
                g.setColor(Color.BLACK);
                g.drawString(pointLabels.get(i), (float) at.getX() + 7, (float) at.getY() + 4);
            }
        }
    }

    private void drawTitle(Graphics2D g) {
        if (title.isEmpty()) {
            return;
        }
        g.setFont(SerifFont.BOLD.awt(18));
        int textWidth = g.getFontMetrics().stringWidth(title);
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(8, 8, textWidth + 16, 30);
        g.setColor(Color.BLACK);
        g.drawString(title, 16, 30);
    }

    /** A bar of a round number of nautical miles, about a fifth of the width, at the bottom left. */
    private void drawScaleBar(Graphics2D g) {
        double pixelsPerMile = NAUTICAL_MILE_DEGREES * pixelsPerDegree;
        int miles = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            if (candidate * pixelsPerMile <= width / 5.0) {
                miles = candidate;
            }
        }
        int length = (int) Math.round(miles * pixelsPerMile);
        int x = 16;
        int y = height - 20;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x - 6, y - 22, length + 90, 32);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(x, y, x + length, y);
        g.setFont(SerifFont.REGULAR.awt(13));
        g.drawString(miles + " hải lý", x + length + 8, y + 5);
    }
}
