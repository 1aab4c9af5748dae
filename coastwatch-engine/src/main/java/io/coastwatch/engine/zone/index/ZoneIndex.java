package io.coastwatch.engine.zone.index;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
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
 * take the exact test, an {@link IndexedPointInAreaLocator} per area zone. Allocation-free.
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
    private final IndexedPointInAreaLocator[] areaLocators;
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
        this.areaLocators = new IndexedPointInAreaLocator[count];
        this.preparedZones = new PreparedGeometry[count];
        this.preparedEdges = new PreparedGeometry[count];
        Envelope all = new Envelope();
        for (int z = 0; z < count; z++) {
            Geometry geometry = this.zones.get(z).geometry();
            preparedZones[z] = PreparedGeometryFactory.prepare(geometry);
            Geometry edge = this.zones.get(z).isArea() ? geometry.getBoundary() : geometry;
            preparedEdges[z] = PreparedGeometryFactory.prepare(edge);
            edgeTree.insert(geometry.getEnvelopeInternal(), z);
            if (this.zones.get(z).isArea()) {
                areaLocators[z] = new IndexedPointInAreaLocator(geometry);
                areaLocators[z].locate(new Coordinate(geometry.getEnvelopeInternal().centre()));
            }
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
        double east = (longitude - west) / cellDegrees;
        double north = (latitude - south) / cellDegrees;
        if (!(east >= 0 && north >= 0 && east < columns && north < rows)) {
            return 0;
        }
        int cell = (int) north * columns + (int) east;
        int count = 0;
        Coordinate position = null;
        for (int i = cellStarts[cell], end = cellStarts[cell + 1]; i < end; i++) {
            int entry = entries[i];
            int zone = entry >>> 1;
            if ((entry & EDGE) != 0) {
                if (position == null) {
                    position = new Coordinate(longitude, latitude);
                }
                if (!containsExactly(zone, position)) {
                    continue;
                }
            }
            zoneNumbers[count++] = zone;
        }
        return count;
    }

    private boolean containsExactly(int zone, Coordinate position) {
        IndexedPointInAreaLocator locator = areaLocators[zone];
        return locator != null ? locator.locate(position) == Location.INTERIOR
                : preparedZones[zone].contains(factory.createPoint(position));
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
        frame.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x *= limitFrameScale);
        frame.geometryChanged();
        return frame;
    }
}
