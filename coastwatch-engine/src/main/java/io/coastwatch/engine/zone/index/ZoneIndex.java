package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Answers, for positions, the questions rules ask of zones. Coordinates are WGS-84 degrees; the
 * zones' edges are straight lines in longitude / latitude (as in GeoJSON), and so is the segment
 * between two positions.
 *
 * <ul>
 * <li>{@link #containing}: the zones that contain a position, exactly as JTS
 * {@code Geometry.contains(Point)} would say (a position on an edge is not contained; a line zone
 * contains only positions on its interior). Cheap test first: the zones' common envelope is cut in
 * square cells of {@link #cellDegrees()}; each cell lists the zones whose envelope it meets, each
 * marked wholly inside the cell or on an edge (zones wholly outside are left out). Only edge cells
 * take the exact test: the ray-crossing count of JTS's {@code RayCrossingCounter} (same robust
 * orientation, same rules for points on an edge or a vertex), over only the zone's edges that meet the
 * cell's row of the grid, kept per zone and row. Allocation-free for area zones.
 * <li>{@link #distanceToNationalLimitMetres}: great-circle distance to the nearest point of the
 * {@link ZoneKind#NATIONAL_LIMIT} lines. The nearest point is found in an equirectangular frame
 * scaled at the limits' mid-latitude; the distance returned is then the true great-circle distance
 * (sphere of mean radius) to that point, so it is never short, and long by at most the frame's
 * east-west scale error over the offset (under 1 % within ±5° of latitude of the limits).
 * <li>{@link #edgesCrossed}: the zones whose edge the straight segment between two positions meets
 * (for a line zone, the line itself), envelope first (STR-tree), then exact.
 * </ul>
 *
 * <p>Immutable and thread-safe once built: the JTS indexes are built eagerly by the constructor and
 * only read afterwards. Not for zones crossing the antimeridian.
 */
public final class ZoneIndex {
    /** Cell side in degrees when the zones' envelope allows it (1/64°, about 1.7 km). */
    public static final double DEFAULT_CELL_DEGREES = 1.0 / 64;
    /** Most cells of the grid; larger envelopes get larger cells. */
    public static final int MAX_CELLS = 4 << 20;

    private static final double CELL_MARGIN_DEGREES = 1e-9;
    private static final int EDGE = 1;

    private final List<Zone> zones;
    /** Per area zone, per grid row from its first: its edges meeting the row, x1, y1, x2, y2 in turn. */
    private final double[][][] rowEdges;
    private final int[] firstRows;
    private final PreparedGeometry[] preparedZones;
    private final PreparedGeometry[] preparedEdges;
    private final STRtree edgeTree = new STRtree();
    private final GeometryFactory factory;
    private final double west;
    private final double south;
    private final double cellDegrees;
    private final int columns;
    private final int rows;
    /** Cell c's entries are {@code entries[cellStarts[c] .. cellStarts[c + 1])}: zone number << 1 | EDGE. */
    private final int[] cellStarts;
    private final int[] entries;
    private final IndexedFacetDistance limits;
    private final double limitFrameScale;

    /** Indexes {@code zones}, in this order (a zone's number is its position in the list). */
    public ZoneIndex(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        int count = this.zones.size();
        this.factory = count == 0 ? new GeometryFactory() : this.zones.get(0).geometry().getFactory();
        this.rowEdges = new double[count][][];
        this.firstRows = new int[count];
        this.preparedZones = new PreparedGeometry[count];
        this.preparedEdges = new PreparedGeometry[count];
        Envelope all = new Envelope();
        for (int z = 0; z < count; z++) {
            Geometry geometry = this.zones.get(z).geometry();
            preparedZones[z] = PreparedGeometryFactory.prepare(geometry);
            Geometry edge = this.zones.get(z).isArea() ? geometry.getBoundary() : geometry;
            preparedEdges[z] = PreparedGeometryFactory.prepare(edge);
            edgeTree.insert(geometry.getEnvelopeInternal(), z);
            all.expandToInclude(geometry.getEnvelopeInternal());
        }
        edgeTree.build();
        if (all.isNull()) {
            all = new Envelope(0, 0, 0, 0);
        }
        double cell = DEFAULT_CELL_DEGREES;
        while ((Math.floor(all.getMaxX() / cell) - Math.floor(all.getMinX() / cell) + 1)
                * (Math.floor(all.getMaxY() / cell) - Math.floor(all.getMinY() / cell) + 1) > MAX_CELLS) {
            cell *= 2;
        }
        this.cellDegrees = cell;
        this.west = Math.floor(all.getMinX() / cell) * cell;
        this.south = Math.floor(all.getMinY() / cell) * cell;
        this.columns = (int) (Math.floor(all.getMaxX() / cell) - Math.floor(all.getMinX() / cell)) + 1;
        this.rows = (int) (Math.floor(all.getMaxY() / cell) - Math.floor(all.getMinY() / cell)) + 1;
        this.cellStarts = new int[columns * rows + 1];
        this.entries = buildCells();
        for (int z = 0; z < count; z++) {
            if (this.zones.get(z).isArea()) {
                splitEdgesByRow(z);
            }
        }
        List<Geometry> limitLines = new ArrayList<>();
        Envelope limitBox = new Envelope();
        for (Zone zone : this.zones) {
            if (zone.kind() == ZoneKind.NATIONAL_LIMIT) {
                limitLines.add(zone.geometry());
                limitBox.expandToInclude(zone.geometry().getEnvelopeInternal());
            }
        }
        this.limitFrameScale = limitBox.isNull() ? 1 : Math.cos(Math.toRadians(limitBox.centre().y));
        this.limits = limitLines.isEmpty() ? null
                : new IndexedFacetDistance(toFrame(factory.buildGeometry(limitLines)));
        if (limits != null) {
            limits.distance(factory.createPoint(new Coordinate(limitBox.centre())));
        }
    }

    /** Classifies every cell of every zone's envelope; fills {@link #cellStarts}, returns the entries. */
    private int[] buildCells() {
        long[] codes = new long[1024];
        int size = 0;
        for (int z = 0; z < zones.size(); z++) {
            Envelope box = zones.get(z).geometry().getEnvelopeInternal();
            int firstColumn = column(box.getMinX());
            int lastColumn = column(box.getMaxX());
            int firstRow = row(box.getMinY());
            int lastRow = row(box.getMaxY());
            for (int r = firstRow; r <= lastRow; r++) {
                for (int c = firstColumn; c <= lastColumn; c++) {
                    Geometry cell = factory.toGeometry(new Envelope(west + c * cellDegrees - CELL_MARGIN_DEGREES,
                            west + (c + 1) * cellDegrees + CELL_MARGIN_DEGREES,
                            south + r * cellDegrees - CELL_MARGIN_DEGREES,
                            south + (r + 1) * cellDegrees + CELL_MARGIN_DEGREES));
                    int entry;
                    if (zones.get(z).isArea() && preparedZones[z].containsProperly(cell)) {
                        entry = z << 1;
                    } else if (preparedZones[z].intersects(cell)) {
                        entry = z << 1 | EDGE;
                    } else {
                        continue;
                    }
                    if (size == codes.length) {
                        codes = Arrays.copyOf(codes, size * 2);
                    }
                    codes[size++] = (long) (r * columns + c) << 32 | entry;
                }
            }
        }
        Arrays.sort(codes, 0, size);
        int[] cellEntries = new int[size];
        for (int i = 0; i < size; i++) {
            cellEntries[i] = (int) codes[i];
            cellStarts[(int) (codes[i] >>> 32) + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStarts[c + 1] += cellStarts[c];
        }
        return cellEntries;
    }

    /** Fills {@link #rowEdges} and {@link #firstRows} for area zone {@code z}. */
    private void splitEdgesByRow(int z) {
        Geometry area = zones.get(z).geometry();
        firstRows[z] = row(area.getEnvelopeInternal().getMinY() - CELL_MARGIN_DEGREES);
        int rowCount = row(area.getEnvelopeInternal().getMaxY() + CELL_MARGIN_DEGREES) - firstRows[z] + 1;
        double[][] edges = new double[rowCount][];
        int[] sizes = new int[rowCount];
        for (int p = 0; p < area.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                Coordinate[] vertices = ring.getCoordinates();
                for (int v = 1; v < vertices.length; v++) {
                    Coordinate from = vertices[v - 1];
                    Coordinate to = vertices[v];
                    int last = row(Math.max(from.y, to.y) + CELL_MARGIN_DEGREES) - firstRows[z];
                    for (int gridRow = row(Math.min(from.y, to.y) - CELL_MARGIN_DEGREES) - firstRows[z];
                            gridRow <= last; gridRow++) {
                        if (edges[gridRow] == null) {
                            edges[gridRow] = new double[16];
                        } else if (sizes[gridRow] == edges[gridRow].length) {
                            edges[gridRow] = Arrays.copyOf(edges[gridRow], sizes[gridRow] * 2);
                        }
                        double[] row = edges[gridRow];
                        int at = sizes[gridRow];
                        row[at] = from.x;
                        row[at + 1] = from.y;
                        row[at + 2] = to.x;
                        row[at + 3] = to.y;
                        sizes[gridRow] = at + 4;
                    }
                }
            }
        }
        for (int r = 0; r < rowCount; r++) {
            if (edges[r] != null) {
                edges[r] = Arrays.copyOf(edges[r], sizes[r]);
            }
        }
        rowEdges[z] = edges;
    }

    private int column(double longitude) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((longitude - west) / cellDegrees)));
    }

    private int row(double latitude) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((latitude - south) / cellDegrees)));
    }

    /** The zones, in the order of their numbers. */
    public List<Zone> zones() {
        return zones;
    }

    /** Side of the grid's cells in degrees. */
    public double cellDegrees() {
        return cellDegrees;
    }

    /**
     * Writes the numbers of the zones containing the position into {@code zoneNumbers}, ascending,
     * and returns how many; NaN coordinates are in no zone.
     *
     * @param zoneNumbers room for up to {@code zones().size()} numbers
     */
    public int containing(double latitude, double longitude, int[] zoneNumbers) {
        return containing(latitude, longitude, zoneNumbers, false);
    }

    /**
     * As {@link #containing}, but only the area zones (a line zone contains only positions exactly on
     * it, which costs a JTS relate to find and which area rules ignore).
     */
    public int containingAreas(double latitude, double longitude, int[] zoneNumbers) {
        return containing(latitude, longitude, zoneNumbers, true);
    }

    private int containing(double latitude, double longitude, int[] zoneNumbers, boolean areasOnly) {
        double east = (longitude - west) / cellDegrees;
        double north = (latitude - south) / cellDegrees;
        if (!(east >= 0 && north >= 0 && east < columns && north < rows)) {
            return 0;
        }
        int row = (int) north;
        int cell = row * columns + (int) east;
        int count = 0;
        for (int i = cellStarts[cell], end = cellStarts[cell + 1]; i < end; i++) {
            int entry = entries[i];
            int zone = entry >>> 1;
            if (areasOnly && rowEdges[zone] == null) {
                continue;
            }
            if ((entry & EDGE) != 0 && !containsExactly(zone, row, longitude, latitude)) {
                continue;
            }
            zoneNumbers[count++] = zone;
        }
        return count;
    }

    private boolean containsExactly(int zone, int row, double x, double y) {
        double[][] zoneRows = rowEdges[zone];
        if (zoneRows == null) {
            return preparedZones[zone].contains(factory.createPoint(new Coordinate(x, y)));
        }
        double[] edges = zoneRows[row - firstRows[zone]];
        if (edges == null) {
            return false;
        }
        int crossings = 0;
        for (int i = 0; i < edges.length; i += 4) {
            // RayCrossingCounter.countSegment, on doubles: a ray from the point towards +x.
            double x1 = edges[i];
            double y1 = edges[i + 1];
            double x2 = edges[i + 2];
            double y2 = edges[i + 3];
            if (x1 < x && x2 < x) {
                continue;
            }
            if (x == x2 && y == y2) {
                return false;
            }
            if (y1 == y && y2 == y) {
                if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) {
                    return false;
                }
                continue;
            }
            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
                int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == Orientation.COLLINEAR) {
                    return false;
                }
                if (y2 < y1) {
                    orientation = -orientation;
                }
                if (orientation == Orientation.LEFT) {
                    crossings++;
                }
            }
        }
        return (crossings & 1) == 1;
    }

    /** The zones containing the position, in zone-number order. */
    public List<Zone> zonesContaining(double latitude, double longitude) {
        int[] numbers = new int[zones.size()];
        int count = containing(latitude, longitude, numbers);
        List<Zone> found = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            found.add(zones.get(numbers[i]));
        }
        return found;
    }

    /**
     * The zones whose edge the straight segment from the previous position to this one meets
     * (touching counts), in zone-number order.
     */
    public List<Zone> edgesCrossed(double previousLatitude, double previousLongitude, double latitude,
            double longitude) {
        Coordinate from = new Coordinate(previousLongitude, previousLatitude);
        Coordinate to = new Coordinate(longitude, latitude);
        Geometry segment = from.equals2D(to) ? factory.createPoint(from)
                : factory.createLineString(new Coordinate[] {from, to});
        List<Integer> candidates = new ArrayList<>();
        edgeTree.query(new Envelope(from, to), item -> candidates.add((Integer) item));
        candidates.sort(null);
        List<Zone> crossed = new ArrayList<>();
        for (int zone : candidates) {
            if (preparedEdges[zone].intersects(segment)) {
                crossed.add(zones.get(zone));
            }
        }
        return crossed;
    }

    /**
     * Great-circle distance in metres from the position to the nearest national-limit line (see the
     * class comment for the accuracy); NaN when no zone is a national limit.
     */
    public double distanceToNationalLimitMetres(double latitude, double longitude) {
        if (limits == null) {
            return Double.NaN;
        }
        Coordinate[] nearest = limits.nearestPoints(factory.createPoint(
                new Coordinate(longitude * limitFrameScale, latitude)));
        double metres = 0;
        for (Coordinate point : nearest) {
            metres = Math.max(metres, GreatCircle.distanceMetres(latitude, longitude, point.y, point.x / limitFrameScale));
        }
        return metres;
    }

    private Geometry toFrame(Geometry lonLat) {
        Geometry frame = lonLat.copy();
        frame.apply((CoordinateFilter) c -> c.x *= limitFrameScale);
        frame.geometryChanged();
        return frame;
    }
}
