package io.coastwatch.engine.zone.baseline;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The zones measured from a baseline: territorial sea (12 nm), contiguous zone (12 to 24 nm), the
 * exclusive economic zone (12 to 200 nm) and the national limit (the outer edge of the territorial
 * sea, as a line).
 *
 * <p>Method: each baseline segment (and a lone point) is buffered in its own azimuthal equidistant
 * projection centred on its midpoint, the buffer densified to vertices at most
 * {@value #MAX_VERTEX_SPACING_METRES} m apart and unprojected; the pieces are unioned in longitude /
 * latitude. Accuracy: the projection's scale error at {@code d} from its centre is about
 * {@code d²/6R²}, so a 300 km segment buffered by 200 nm (≤ 520 km from the centre) is within about
 * 0.1 % and by 12 nm within 0.05 %; the buffer's arcs (32 segments a quarter circle) sag inward by at
 * most 0.03 % of the distance; the projection follows the WGS-84 ellipsoid's radii at each segment's
 * midpoint ({@link AzimuthalEquidistant}). Measured against Vincenty distances on WGS-84 in the tests. Longer segments should be split. Buffers
 * are on both sides of the baseline: callers subtract land and internal waters. Not for baselines
 * crossing the antimeridian or a pole. Stateless.
 */
public final class BaselineZones {
    /** Breadth of the territorial sea, UNCLOS Art. 3. */
    public static final double TERRITORIAL_SEA_NAUTICAL_MILES = 12;
    /** Outer limit of the contiguous zone, UNCLOS Art. 33. */
    public static final double CONTIGUOUS_ZONE_NAUTICAL_MILES = 24;
    /** Outer limit of the exclusive economic zone, UNCLOS Art. 57. */
    public static final double EEZ_NAUTICAL_MILES = 200;
    /** Longest edge of a buffer before it is unprojected. */
    public static final double MAX_VERTEX_SPACING_METRES = 2_000;

    private static final int QUADRANT_SEGMENTS = 32;

    private final GeometryFactory factory;

    public BaselineZones(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * The area within {@code distanceMetres} of the baseline (points joined by straight segments),
     * longitude as x and latitude as y.
     */
    public Geometry buffer(List<Coordinate> baselineLonLat, double distanceMetres) {
        if (baselineLonLat.isEmpty()) {
            throw new IllegalArgumentException("empty baseline");
        }
        List<Geometry> pieces = new ArrayList<>();
        if (baselineLonLat.size() == 1) {
            pieces.add(bufferPiece(baselineLonLat.get(0), baselineLonLat.get(0), distanceMetres));
        }
        for (int i = 1; i < baselineLonLat.size(); i++) {
            pieces.add(bufferPiece(baselineLonLat.get(i - 1), baselineLonLat.get(i), distanceMetres));
        }
        return UnaryUnionOp.union(pieces);
    }

    private Geometry bufferPiece(Coordinate from, Coordinate to, double distanceMetres) {
        AzimuthalEquidistant projection = new AzimuthalEquidistant((from.y + to.y) / 2, (from.x + to.x) / 2);
        Geometry segment = from.equals2D(to) ? factory.createPoint(projection.project(from))
                : factory.createLineString(new Coordinate[] {projection.project(from), projection.project(to)});
        Geometry buffered = Densifier.densify(segment.buffer(distanceMetres, QUADRANT_SEGMENTS),
                MAX_VERTEX_SPACING_METRES);
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coordinates, Geometry parent) {
                Coordinate[] lonLat = new Coordinate[coordinates.size()];
                for (int i = 0; i < lonLat.length; i++) {
                    lonLat[i] = projection.unproject(coordinates.getCoordinate(i));
                }
                return factory.getCoordinateSequenceFactory().create(lonLat);
            }
        }.transform(buffered);
    }

    /**
     * The territorial sea, contiguous zone, EEZ and national limit of a baseline, with ids
     * {@code prefix + "-TS"}, {@code "-CZ"}, {@code "-EEZ"} and {@code "-LIMIT"}.
     */
    public List<Zone> maritimeZones(String prefix, List<Coordinate> baselineLonLat) {
        Geometry territorial = buffer(baselineLonLat, metres(TERRITORIAL_SEA_NAUTICAL_MILES));
        Geometry contiguous = buffer(baselineLonLat, metres(CONTIGUOUS_ZONE_NAUTICAL_MILES));
        Geometry exclusive = buffer(baselineLonLat, metres(EEZ_NAUTICAL_MILES));
        Geometry limit = factory.buildGeometry(exteriorRings(territorial));
        return List.of(
                new Zone(prefix + "-TS", "Territorial sea, 12 nm from the baseline", ZoneKind.TERRITORIAL_SEA,
                        territorial),
                new Zone(prefix + "-CZ", "Contiguous zone, 12-24 nm from the baseline", ZoneKind.CONTIGUOUS_ZONE,
                        contiguous.difference(territorial)),
                new Zone(prefix + "-EEZ", "Exclusive economic zone, 12-200 nm from the baseline",
                        ZoneKind.EXCLUSIVE_ECONOMIC_ZONE, exclusive.difference(territorial)),
                new Zone(prefix + "-LIMIT", "National limit: outer edge of the territorial sea",
                        ZoneKind.NATIONAL_LIMIT, limit));
    }

    private List<Geometry> exteriorRings(Geometry polygons) {
        List<Geometry> rings = new ArrayList<>();
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            rings.add(factory.createLineString(((Polygon) polygons.getGeometryN(i)).getExteriorRing()
                    .getCoordinateSequence()));
        }
        return rings;
    }

    private static double metres(double nauticalMiles) {
        return nauticalMiles * GreatCircle.METRES_PER_NAUTICAL_MILE;
    }
}
