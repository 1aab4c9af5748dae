package io.coastwatch.documents.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class StaticMapTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Envelope AREA = new Envelope(108.5, 110.0, 10.8, 12.2);

    private static Polygon box(double west, double east, double south, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
                new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    @Test
    void theAreaIsWidenedToTheImagesProportionsAndKeepsItsCentre() {
        StaticMap map = new StaticMap(AREA, 900, 700);
        Envelope drawn = map.area();
        assertTrue(drawn.contains(AREA));
        assertEquals(AREA.centre().x, drawn.centre().x, 1e-9);
        assertEquals(AREA.centre().y, drawn.centre().y, 1e-9);
        double kilometresWide = drawn.getWidth() * Math.cos(Math.toRadians(drawn.centre().y));
        assertEquals(900.0 / 700, kilometresWide / drawn.getHeight(), 1e-6, "the same scale on both axes");
        Point2D northWest = map.pixel(new Coordinate(drawn.getMinX(), drawn.getMaxY()));
        assertEquals(0, northWest.getX(), 1e-6);
        assertEquals(0, northWest.getY(), 1e-6);
        Point2D southEast = map.pixel(new Coordinate(drawn.getMaxX(), drawn.getMinY()));
        assertEquals(900, southEast.getX(), 1e-6);
        assertEquals(700, southEast.getY(), 1e-6);
    }

    @Test
    void landZonesPointsAndHeatAreDrawnWhereTheyLie() throws IOException {
        long seed = new Random().nextLong();
        System.out.println("StaticMapTest seed " + seed);
        Random random = new Random(seed);
        List<Coordinate> alerts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            alerts.add(new Coordinate(109.6 + random.nextGaussian() * 0.02, 11.2 + random.nextGaussian() * 0.02));
        }
        StaticMap map = new StaticMap(AREA, 900, 700)
                .title("Mật độ cảnh báo")
                .land(box(108.4, 108.9, 10.7, 12.3))
                .zone(box(109.3, 109.9, 11.6, 12.0))
                .track(GEOMETRY.createLineString(new Coordinate[] {new Coordinate(109.0, 11.0), new Coordinate(109.9, 11.0)}))
                .heat(alerts)
                .point(new Coordinate(109.2, 11.4), "Trạm Ninh Chữ");
        byte[] png = map.png();
        Path kept = Path.of("target", "documents", "map-heat.png");
        Files.createDirectories(kept.getParent());
        Files.write(kept, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(new Color(0xEF, 0xE9, 0xDC), colourAt(image, map, new Coordinate(108.7, 11.5)), "land");
        assertEquals(new Color(0xDC, 0xEB, 0xF5), colourAt(image, map, new Coordinate(109.1, 11.8)), "open sea");
        Color heat = colourAt(image, map, new Coordinate(109.6, 11.2));
        assertTrue(heat.getRed() > 200 && heat.getGreen() < 120 && heat.getBlue() < 120, "the densest is red: " + heat);
        Color zone = colourAt(image, map, new Coordinate(109.6, 11.8));
        assertTrue(zone.getBlue() > zone.getRed(), "a zone is tinted blue: " + zone);
        assertEquals(new Color(0xC0, 0x1A, 0x1A), colourAt(image, map, new Coordinate(109.2, 11.4)), "the point");
    }

    @Test
    void aMapNeedsAnAreaAndRoom() {
        assertThrows(IllegalArgumentException.class, () -> new StaticMap(new Envelope(), 900, 700));
        assertThrows(IllegalArgumentException.class, () -> new StaticMap(AREA, 20, 700));
    }

    private static Color colourAt(BufferedImage image, StaticMap map, Coordinate position) {
        Point2D at = map.pixel(position);
        return new Color(image.getRGB((int) at.getX(), (int) at.getY()));
    }
}
