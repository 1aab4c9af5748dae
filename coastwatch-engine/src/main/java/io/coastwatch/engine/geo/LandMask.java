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
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Where the land is: answers whether a position lies on land, further inside the coastline than a
 * margin. The margin absorbs the coarseness of the coast (Natural Earth 1:10m, quantised to about
 * 400 m) and the width of river mouths and harbours, so that only positions no vessel can have are
 * judged.
 *
 * <p>Positions outside the mask's area (the box its data covers) are never judged to be on land.
 * Land cut by the box's edge counts that edge as coast.
 *
 * <p>The cheap test comes first: the area is divided into cells of {@value #CELL_DEGREES}° (about
 * 2.2 km), each classified on first use, from its centre's side of the coast and distance to it, as
 * all sea, all far inland, or mixed; a mixed cell (along the coast) is divided the same way into
 * {@value #SUBCELLS} × {@value #SUBCELLS} subcells (about 280 m). Only positions in mixed subcells
 * take the exact test: point in polygon on an index, then the distance to the coast on an index.
 *
 * <p>The margin is checked in degrees, converted at the position's latitude with the longitude's
 * (shorter) degree: a position is "far inland" when no coast lies within {@code margin} metres
 * east-west, which also holds north-south up to {@code margin / cos(latitude)} (2.2 km for a 2 km
 * margin at 24°N). Erring so, it judges fewer positions, never more.
 *
 * <p>Thread-safe. The indexes are built by the constructor; the cell classes are filled in as
 * cells are first used, a benign race (a cell's class is one byte, the same whichever thread
 * computes it; a subcell array lost in a race is made again).
 */
public final class LandMask {
    /** The bundled land: Natural Earth 1:10m land polygons clipped to 102-118°E, 6-24°N (public domain). */
    public static final String VIETNAM_REGION_RESOURCE = "vietnam-region-land-ne10m.geojson";
    /** The box that {@link #VIETNAM_REGION_RESOURCE} covers (private: an envelope is mutable). */
    private static final Envelope VIETNAM_REGION_AREA = new Envelope(102, 118, 6, 24);
    /** Default margin inside the coastline, in metres. */
    public static final double DEFAULT_COAST_MARGIN_METRES = 2_000;

    /** Side of the cells of the cheap test, in degrees. */
    public static final double CELL_DEGREES = 0.02;
    /** Subcells per side of a mixed cell. */
    public static final int SUBCELLS = 8;

    private static final double SUBCELL_DEGREES = CELL_DEGREES / SUBCELLS;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);
    private static final byte UNKNOWN = 0;
    private static final byte SEA = 1;
    private static final byte FAR_INLAND = 2;
    private static final byte MIXED = 3;

    private final GeometryFactory factory;
    private final Envelope area;
    private final Envelope landBox;
    private final IndexedPointInAreaLocator locator;
    private final IndexedFacetDistance coast;
    private final double coastMarginMetres;
    private final int columns;
    private final int rows;
    private final byte[] cellClasses;
    private final byte[][] subcellClasses;

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
        this.columns = (int) Math.ceil(area.getWidth() / CELL_DEGREES);
        this.rows = (int) Math.ceil(area.getHeight() / CELL_DEGREES);
        this.cellClasses = new byte[columns * rows];
        this.subcellClasses = new byte[columns * rows][];
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
        double east = (longitude - area.getMinX()) / CELL_DEGREES;
        double north = (latitude - area.getMinY()) / CELL_DEGREES;
        int column = Math.min(columns - 1, (int) east);
        int row = Math.min(rows - 1, (int) north);
        int cell = row * columns + column;
        byte cellClass = cellClasses[cell];
        if (cellClass == UNKNOWN) {
            cellClass = classify(area.getMinY() + row * CELL_DEGREES, area.getMinX() + column * CELL_DEGREES,
                    CELL_DEGREES);
            cellClasses[cell] = cellClass;
        }
        if (cellClass != MIXED) {
            return cellClass == FAR_INLAND;
        }
        byte[] subcells = subcellClasses[cell];
        if (subcells == null) {
            subcells = new byte[SUBCELLS * SUBCELLS];
            subcellClasses[cell] = subcells;
        }
        int subcolumn = Math.min(SUBCELLS - 1, (int) ((east - column) * SUBCELLS));
        int subrow = Math.min(SUBCELLS - 1, (int) ((north - row) * SUBCELLS));
        int subcell = subrow * SUBCELLS + subcolumn;
        byte subcellClass = subcells[subcell];
        if (subcellClass == UNKNOWN) {
            subcellClass = classify(area.getMinY() + row * CELL_DEGREES + subrow * SUBCELL_DEGREES,
                    area.getMinX() + column * CELL_DEGREES + subcolumn * SUBCELL_DEGREES, SUBCELL_DEGREES);
            subcells[subcell] = subcellClass;
        }
        if (subcellClass != MIXED) {
            return subcellClass == FAR_INLAND;
        }
        return isFarInlandExactly(latitude, longitude);
    }

    /**
     * Great-circle distance in metres from the position to the nearest point of the coastline (the
     * edge of the land polygons, the area's box cutting land included), found in degree space: exact
     * to the data's coarseness (about 400 m) at the latitudes of Vietnam. About a microsecond or more per
     * call: for many calls use {@link ShoreDistance}.
     */
    public double distanceToCoastMetres(double latitude, double longitude) {
        Coordinate point = nearestCoastPoint(latitude, longitude);
        return GreatCircle.distanceMetres(latitude, longitude, point.y, point.x);
    }

    /** The point of the coastline nearest the position (longitude as x, latitude as y; a new object). */
    public Coordinate nearestCoastPoint(double latitude, double longitude) {
        Coordinate[] nearest = coast.nearestPoints(factory.createPoint(new Coordinate(longitude, latitude)));
        return new Coordinate(nearest[0]);
    }

    private boolean isFarInlandExactly(double latitude, double longitude) {
        Coordinate position = new Coordinate(longitude, latitude);
        return locator.locate(position) == Location.INTERIOR
                && !coast.isWithinDistance(factory.createPoint(position), marginDegrees(latitude));
    }

    /**
     * A cell's or subcell's class, in degree space as the exact test: every point of the cell is within half a
     * diagonal of its centre, so the cell is all sea when its centre is at sea further than that from
     * the coast, and all far inland when its centre is on land further than that plus the largest
     * margin the cell's latitudes need.
     */
    private byte classify(double south, double west, double sizeDegrees) {
        Coordinate centre = new Coordinate(west + sizeDegrees / 2, south + sizeDegrees / 2);
        double halfDiagonalDegrees = sizeDegrees * Math.sqrt(0.5);
        double coastDegrees = coast.distance(factory.createPoint(centre));
        int location = locator.locate(centre);
        if (location == Location.EXTERIOR && coastDegrees > halfDiagonalDegrees) {
            return SEA;
        }
        double furthestLatitude = Math.max(Math.abs(south), Math.abs(south + sizeDegrees));
        if (location == Location.INTERIOR && coastDegrees > halfDiagonalDegrees + marginDegrees(furthestLatitude)) {
            return FAR_INLAND;
        }
        return MIXED;
    }

    /** The margin in degrees at {@code latitude}, by the shorter (longitude) degree. */
    private double marginDegrees(double latitude) {
        return coastMarginMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
    }
}
