package io.coastwatch.bench.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.zone.visit.AreaVisits;
import io.coastwatch.engine.zone.visit.VesselVisits;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The cost of "which vessels were inside this area during these 24 hours" ({@link AreaVisits}) on a
 * store loaded through its API ({@link PositionHistory}): VESSELS vessels reporting every INTERVAL seconds over
 * DAYS days, circling off Ninh Thuận between 11.0–12.2 °N and 109.0–110.4 °E. Asks, for the 24 hours
 * from the middle of the first day, about a small area (0.1°, an MPA) and a large one (1.5°, holding
 * the whole fleet), each RUNS times after one unmeasured run; prints per area the store's scan of the
 * fixes near it ({@link PositionStore#scanBox}, the area's envelope widened as {@link AreaVisits} does)
 * and the whole answer, median of the runs, with the counts.
 *
 * <p>Usage: {@code AreaVisitsBenchmark sqlite|postgresql VESSELS INTERVAL_SECONDS DAYS RUNS WORK_DIR}.
 */
public final class AreaVisitsBenchmark {

    private AreaVisitsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: AreaVisitsBenchmark sqlite|postgresql VESSELS INTERVAL_SECONDS DAYS RUNS WORK_DIR");
            System.exit(2);
        }
        String backend = args[0];
        int vessels = Integer.parseInt(args[1]);
        long intervalSeconds = Long.parseLong(args[2]);
        int days = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        long positions = vessels * (Duration.ofDays(days).toSeconds() / intervalSeconds);
        SyntheticFleet fleet = new SyntheticFleet(positions, vessels, days);
        GeometryFactory factory = new GeometryFactory();
        long from = SyntheticFleet.START_MILLIS + Duration.ofHours(12).toMillis();
        long to = from + Duration.ofHours(24).toMillis();
        try (BenchDatabase databases = new BenchDatabase(backend, Path.of(args[5]))) {
            StoreSettings settings = databases.newDatabase();
            double loadRate = PositionHistory.load(settings, fleet);
            System.out.printf("%s: %,d vessels, a fix every %d s over %d days: %,d positions (%,d in the 24 h asked"
                    + " about), loaded at %,.0f fixes/s, %,d MB%n", backend, vessels, intervalSeconds, days, positions,
                    positions / days, loadRate, databases.sizeBytes(settings) >> 20);
            try (Database database = Database.open(settings)) {
                AreaVisits visits = new AreaVisits(database.positions(), factory);
                measure("small area 0.1°", square(factory, 109.5, 11.5, 0.1), database.positions(), visits, from, to, runs);
                measure("large area 1.5°", square(factory, 109.0, 10.8, 1.5), database.positions(), visits, from, to, runs);
            }
        }
    }

    private static void measure(String name, Geometry area, PositionStore positions, AreaVisits visits, long from,
            long to, int runs) {
        long[] scanNanos = new long[runs];
        long[] answerNanos = new long[runs];
        long[] near = new long[1];
        List<VesselVisits> answer = List.of();
        Envelope box = area.getEnvelopeInternal();
        double margin = AreaVisits.MARGIN_DEGREES;
        long lookAround = AreaVisits.LOOK_AROUND.toMillis();
        for (int run = -1; run < runs; run++) {
            near[0] = 0;
            long start = System.nanoTime();
            positions.scanBox(from - lookAround, to + lookAround, box.getMinX() - margin, box.getMinY() - margin,
                    box.getMaxX() + margin, box.getMaxY() + margin, (vessel, time, lat, lon) -> near[0]++);
            long middle = System.nanoTime();
            answer = visits.during(area, from, to);
            long end = System.nanoTime();
            if (run >= 0) {
                scanNanos[run] = middle - start;
                answerNanos[run] = end - middle;
            }
        }
        Arrays.sort(scanNanos);
        Arrays.sort(answerNanos);
        System.out.printf("%s: scan of the fixes near it %,d in %.2f s; answer %,d vessels, %,d visits in %.2f s"
                + " (median of %d)%n", name, near[0], scanNanos[runs / 2] / 1e9, answer.size(),
                answer.stream().mapToInt(v -> v.visits().size()).sum(), answerNanos[runs / 2] / 1e9, runs);
    }

    private static Geometry square(GeometryFactory factory, double west, double south, double size) {
        return factory.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(west + size, south),
            new Coordinate(west + size, south + size), new Coordinate(west, south + size), new Coordinate(west, south)});
    }
}
