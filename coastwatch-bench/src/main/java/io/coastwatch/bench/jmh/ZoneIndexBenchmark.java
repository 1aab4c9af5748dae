package io.coastwatch.bench.jmh;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.DemoZones;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point lookups per second on one thread: which zones contain a position, over the demo zones plus
 * {@value #RANDOM_ZONES} synthetic zones in the South China Sea box 105-120°E, 5-22°N (random walks
 * of {@value #WALK_STEPS} steps buffered by 3 to 9 km: about 200 to 500 vertices each, seed 42).
 * Positions ({@code positions}) are {@code uniform} over the zones' common envelope, or {@code nearZones}:
 * within 0.05° of a random vertex of a random zone (most on cells along an edge, the exact path).
 * {@code index} asks {@link ZoneIndex};
 * {@code jts} asks every zone's {@link PreparedGeometry#contains} in turn (no index), the baseline the
 * ratio is taken against. One operation is one position looked up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ZoneIndexBenchmark {
    private static final int RANDOM_ZONES = 1_000;
    private static final int WALK_STEPS = 60;
    private static final int POSITIONS = 8_192;
    private static final Envelope SOUTH_CHINA_SEA = new Envelope(105, 120, 5, 22);

    @Param({"index", "jts"})
    public String lookup;

    @Param({"uniform", "nearZones"})
    public String positions;

    private final GeometryFactory factory = new GeometryFactory();
    private ZoneIndex index;
    private PreparedGeometry[] prepared;
    private double[] latitudes;
    private double[] longitudes;
    private Point[] points;
    private int[] found;

    @Setup
    public void prepare() {
        Random random = new Random(42);
        List<Zone> zones = new ArrayList<>(DemoZones.ninhThuan(factory));
        long vertices = 0;
        for (int i = 0; i < RANDOM_ZONES; i++) {
            Geometry walk = randomWalk(random).buffer(0.03 + random.nextDouble() * 0.05, 8);
            vertices += walk.getNumPoints();
            zones.add(new Zone("SYN-" + i, "synthetic " + i, ZoneKind.CUSTOM, walk));
        }
        System.out.printf("%n%d zones, synthetic ones %d vertices on average%n", zones.size(), vertices / RANDOM_ZONES);
        Envelope all = new Envelope();
        zones.forEach(zone -> all.expandToInclude(zone.geometry().getEnvelopeInternal()));
        latitudes = new double[POSITIONS];
        longitudes = new double[POSITIONS];
        points = new Point[POSITIONS];
        for (int p = 0; p < POSITIONS; p++) {
            if ("uniform".equals(positions)) {
                longitudes[p] = all.getMinX() + random.nextDouble() * all.getWidth();
                latitudes[p] = all.getMinY() + random.nextDouble() * all.getHeight();
            } else {
                Coordinate[] zoneVertices = zones.get(random.nextInt(zones.size())).geometry().getCoordinates();
                Coordinate vertex = zoneVertices[random.nextInt(zoneVertices.length)];
                longitudes[p] = vertex.x + (random.nextDouble() - 0.5) * 0.1;
                latitudes[p] = vertex.y + (random.nextDouble() - 0.5) * 0.1;
            }
            points[p] = factory.createPoint(new Coordinate(longitudes[p], latitudes[p]));
        }
        found = new int[zones.size()];
        if ("index".equals(lookup)) {
            long start = System.nanoTime();
            index = new ZoneIndex(zones);
            System.out.printf("index built in %d ms, cells of %.4f degrees%n", (System.nanoTime() - start) / 1_000_000,
                    index.cellDegrees());
        } else {
            prepared = zones.stream().map(zone -> PreparedGeometryFactory.prepare(zone.geometry()))
                    .toArray(PreparedGeometry[]::new);
            for (PreparedGeometry geometry : prepared) {
                geometry.contains(points[0]);
            }
        }
    }

    private Geometry randomWalk(Random random) {
        Coordinate[] walk = new Coordinate[WALK_STEPS];
        walk[0] = new Coordinate(SOUTH_CHINA_SEA.getMinX() + random.nextDouble() * SOUTH_CHINA_SEA.getWidth(),
                SOUTH_CHINA_SEA.getMinY() + random.nextDouble() * SOUTH_CHINA_SEA.getHeight());
        double heading = random.nextDouble() * 2 * Math.PI;
        for (int s = 1; s < WALK_STEPS; s++) {
            heading += random.nextGaussian() * 0.5;
            double step = 0.01 + random.nextDouble() * 0.03;
            walk[s] = new Coordinate(walk[s - 1].x + step * Math.cos(heading), walk[s - 1].y + step * Math.sin(heading));
        }
        return factory.createLineString(walk);
    }

    @Benchmark
    @OperationsPerInvocation(POSITIONS)
    public long containing() {
        long zonesFound = 0;
        if (index != null) {
            for (int p = 0; p < POSITIONS; p++) {
                zonesFound += index.containing(latitudes[p], longitudes[p], found);
            }
        } else {
            for (int p = 0; p < POSITIONS; p++) {
                for (PreparedGeometry geometry : prepared) {
                    zonesFound += geometry.contains(points[p]) ? 1 : 0;
                }
            }
        }
        return zonesFound;
    }
}
