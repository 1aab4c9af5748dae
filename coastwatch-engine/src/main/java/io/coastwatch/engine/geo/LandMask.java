package io.coastwatch.engine.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Where the land is: answers whether a position lies on land, further inside the coastline than a
 * margin. The margin absorbs the coarseness of the coast (Natural Earth 1:10m, quantised to about
 * 400 m) and the width of river mouths and harbours, so that only positions no vessel can have are
 * judged.
 *
 * <p>Positions outside the mask's area (the box its data covers) are never judged to be on land.
 * The cheap tests come first: the area's box, then the land's box, then point in polygon on an
 * index; the distance to the coast is computed only for positions on land. Land cut by the box's edge
 * counts that edge as coast.
 *
 * <p>The margin is checked in degrees, converted at the position's latitude with the longitude's
 * (shorter) degree: a position is "far inland" when no coast lies within {@code margin} metres
 * east-west, which also holds north-south up to {@code margin / cos(latitude)} (2.2 km for a 2 km
 * margin at 24°N). Erring so, it judges fewer positions, never more.
 *
 * <p>Thread-safe and immutable after construction (the indexes are built by the constructor).
 */
public final class LandMask {
    /** The bundled land: Natural Earth 1:10m land polygons clipped to 102-118°E, 6-24°N (public domain). */
    public static final String VIETNAM_REGION_RESOURCE = "vietnam-region-land-ne10m.geojson";
    /** The box that {@link #VIETNAM_REGION_RESOURCE} covers. */
    public static final Envelope VIETNAM_REGION_AREA = new Envelope(102, 118, 6, 24);
    /** Default margin inside the coastline, in metres. */
    public static final double DEFAULT_COAST_MARGIN_METRES = 2_000;

    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    private final GeometryFactory factory;
    private final Envelope area;
    private final Envelope landBox;
    private final IndexedPointInAreaLocator locator;
    private final IndexedFacetDistance coast;
    private final double coastMarginMetres;

    /**
     * @param land the land polygons, longitude as x and latitude as y
     * @param area the box within which positions are judged (that of the land data)
     * @param coastMarginMetres how far inside the coastline a position must be to count as on land
     */
    public LandMask(Geometry land, Envelope area, double coastMarginMetres) {
        this.factory = land.getFactory();
        this.area = new Envelope(area);
        this.landBox = land.getEnvelopeInternal();
        this.locator = new IndexedPointInAreaLocator(land);
        this.coast = new IndexedFacetDistance(land);
        this.coastMarginMetres = coastMarginMetres;
        locator.locate(new Coordinate(landBox.centre()));
    }

    /** The bundled Natural Earth land of the Vietnam region, with the default margin of 2 km. */
    public static LandMask vietnamRegion() {
        try (InputStream in = LandMask.class.getResourceAsStream(VIETNAM_REGION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VIETNAM_REGION_RESOURCE);
            }
            String geoJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LandMask(GeoJsonPolygons.read(geoJson, new GeometryFactory()), VIETNAM_REGION_AREA,
                    DEFAULT_COAST_MARGIN_METRES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VIETNAM_REGION_RESOURCE, e);
        }
    }

    /** The margin inside the coastline, in metres. */
    public double coastMarginMetres() {
        return coastMarginMetres;
    }

    /**
     * Whether the position lies on land more than the margin inside the coastline; {@code false}
     * outside the mask's area and for NaN coordinates.
     */
    public boolean isFarInland(double latitude, double longitude) {
        if (!area.contains(longitude, latitude) || !landBox.contains(longitude, latitude)) {
            return false;
        }
        Coordinate position = new Coordinate(longitude, latitude);
        if (locator.locate(position) != Location.INTERIOR) {
            return false;
        }
        double marginDegrees = coastMarginMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        Point point = factory.createPoint(position);
        return !coast.isWithinDistance(point, marginDegrees);
    }
}
