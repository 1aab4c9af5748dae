package io.coastwatch.bench.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The time to read a 30-day track of one vessel through {@link PositionStore#track}, from stores
 * of growing size: for each size, a new database is loaded through the store ({@link PositionHistory}), then
 * {@code QUERIES} tracks of random vessels over random 30-day windows are read after 100 unmeasured
 * ones. Prints, per size: load rate, database size, and the median, p90, p99 and maximum latency.
 *
 * <p>Usage: {@code TrackQueryBenchmark sqlite|postgresql SIZES VESSELS DAYS QUERIES WORK_DIR [SEED]},
 * SIZES comma-separated position counts (multiples of VESSELS).
 */
public final class TrackQueryBenchmark {

    private static final long WINDOW_MILLIS = Duration.ofDays(30).toMillis();
    private static final int WARM_UP_QUERIES = 100;

    private TrackQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: TrackQueryBenchmark sqlite|postgresql SIZES VESSELS DAYS QUERIES WORK_DIR [SEED]");
            System.exit(2);
        }
        String backend = args[0];
        List<Long> sizes = Arrays.stream(args[1].split(",")).map(Long::parseLong).toList();
        int vessels = Integer.parseInt(args[2]);
        int days = Integer.parseInt(args[3]);
        int queries = Integer.parseInt(args[4]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 42;
        System.out.printf("backend %s, %d vessels over %d days, %d queries of 30 days, seed %d%n", backend, vessels,
                days, queries, seed);
        try (BenchDatabase databases = new BenchDatabase(backend, Path.of(args[5]))) {
            for (long size : sizes) {
                SyntheticFleet fleet = new SyntheticFleet(size, vessels, days);
                StoreSettings settings = databases.newDatabase();
                double loadRate = PositionHistory.load(settings, fleet);
                long bytes = databases.sizeBytes(settings);
                try (Database database = Database.open(settings)) {
                    Random random = new Random(seed);
                    for (int i = 0; i < WARM_UP_QUERIES; i++) {
                        query(database.positions(), fleet, random);
                    }
                    long[] nanos = new long[queries];
                    long rows = 0;
                    for (int i = 0; i < queries; i++) {
                        long start = System.nanoTime();
                        rows += query(database.positions(), fleet, random);
                        nanos[i] = System.nanoTime() - start;
                    }
                    Arrays.sort(nanos);
                    System.out.printf("%s %,d positions (%,d per vessel, one per %d s): loaded at %,.0f fixes/s,"
                            + " %,d MB; 30-day track of %,.0f fixes: median %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms%n", backend, size, fleet.fixesPerVessel(), fleet.intervalMillis() / 1000,
                            loadRate, bytes >> 20, rows / (double) queries, millis(nanos, 0.5), millis(nanos, 0.9),
                            millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
                }
            }
        }
    }

    private static int query(PositionStore positions, SyntheticFleet fleet, Random random) {
        int vessel = random.nextInt(fleet.vessels());
        long span = Duration.ofDays(fleet.days()).toMillis() - WINDOW_MILLIS;
        long from = SyntheticFleet.START_MILLIS + (span > 0 ? (long) (random.nextDouble() * span) : 0);
        List<PositionFix> track = positions.track(fleet.vesselId(vessel), from, from + WINDOW_MILLIS,
                Integer.MAX_VALUE);
        if (track.isEmpty()) {
            throw new IllegalStateException("empty track of vessel " + fleet.vesselId(vessel) + " from " + from);
        }
        return track.size();
    }

    private static double millis(long[] sortedNanos, double quantile) {
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(quantile * sortedNanos.length))] / 1e6;
    }
}
