package io.coastwatch.bench.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.position.JdbcPositionStore;
import io.coastwatch.store.position.PositionStoreStats;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The sustained rate at which {@link PositionStore#append} stores fixes: one thread appends
 * {@code FIXES} fixes of {@code VESSELS} vessels in time order, as the engine does, as fast as it
 * can (the bounded queue holds it back to the writer's pace), then calls {@link
 * PositionStore#flush}; the rate is fixes written divided by the time from the first append to
 * the end of the flush. {@code RUNS} runs, each on a new database; prints each and the median.
 * The fleet's fixes spread over {@code DAYS} days (30 unless given): over 30 days 3,000,000 fixes of
 * 10,000 vessels are one fix per vessel every 2.4 hours, so each batch holds at most one fix of a
 * vessel per hour; over 1 day, one every 4.8 minutes, about ten of a vessel per batch.
 *
 * <p>Usage: {@code AppendRateBenchmark sqlite|postgresql FIXES VESSELS RUNS WORK_DIR [DAYS]}.
 */
public final class AppendRateBenchmark {

    private AppendRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: AppendRateBenchmark sqlite|postgresql FIXES VESSELS RUNS WORK_DIR [DAYS]");
            System.exit(2);
        }
        String backend = args[0];
        long fixes = Long.parseLong(args[1]);
        int vessels = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int days = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        SyntheticFleet fleet = new SyntheticFleet(fixes, vessels, days);
        System.out.printf("%s: %,d fixes of %,d vessels over %d days, one per vessel every %,d s%n", backend, fixes,
                vessels, days, fleet.intervalMillis() / 1000);
        double[] rates = new double[runs];
        try (BenchDatabase databases = new BenchDatabase(backend, Path.of(args[4]))) {
            for (int run = 0; run < runs; run++) {
                StoreSettings settings = databases.newDatabase();
                try (Database database = Database.open(settings)) {
                    PositionStore positions = database.positions();
                    long start = System.nanoTime();
                    for (long k = 0; k < fleet.fixesPerVessel(); k++) {
                        for (int vessel = 0; vessel < vessels; vessel++) {
                            positions.append(fleet.fix(vessel, k));
                        }
                    }
                    positions.flush();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    PositionStoreStats stats = ((JdbcPositionStore) positions).stats();
                    rates[run] = stats.written() / seconds;
                    System.out.printf("%s run %d: %,d fixes in %.2f s: %,.0f fixes/s written (%d batches, %,d dropped,"
                            + " %,d failed)%n", backend, run + 1, fixes, seconds, rates[run], stats.batches(),
                            stats.dropped(), stats.failed());
                }
            }
        }
        Arrays.sort(rates);
        System.out.printf("%s median of %d runs: %,.0f fixes/s%n", backend, runs, rates[runs / 2]);
    }
}
