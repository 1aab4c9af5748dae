package io.coastwatch.bench.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.position.JdbcPositionStore;
import io.coastwatch.store.position.PositionStoreStats;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Loads a {@link SyntheticFleet}'s history into a store through the store itself
 * ({@link PositionStore#append}), in the layout a live store has once compaction has run: the history
 * is walked in windows of {@link #WINDOW} and, within a window, vessel after vessel, so that each batch
 * the store writes holds long runs of one vessel's fixes and becomes blocks as full as the caps allow
 * (a live store's are merged in windows of first time in the same way). The loader waits while the
 * store's queue is more than half full, so that nothing is dropped. On PostgreSQL the table is
 * analysed after. Fails when the store dropped or failed any fix.
 */
final class PositionHistory {

    /** The stretch of history loaded vessel after vessel. */
    static final Duration WINDOW = Duration.ofHours(6);
    private static final int CHECK_EVERY = 10_000;

    private PositionHistory() {
    }

    /** Loads {@code fleet} into the (new) database {@code settings} names; returns fixes per second. */
    static double load(StoreSettings settings, SyntheticFleet fleet) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        try (Database database = Database.open(settings)) {
            PositionStore positions = database.positions();
            JdbcPositionStore store = (JdbcPositionStore) positions;
            long appended = 0;
            long fixesPerWindow = Math.max(1, WINDOW.toMillis() / fleet.intervalMillis());
            for (long first = 0; first < fleet.fixesPerVessel(); first += fixesPerWindow) {
                long end = Math.min(fleet.fixesPerVessel(), first + fixesPerWindow);
                for (int vessel = 0; vessel < fleet.vessels(); vessel++) {
                    for (long k = first; k < end; k++) {
                        positions.append(fleet.fix(vessel, k));
                        if (++appended % CHECK_EVERY == 0) {
                            while (store.stats().queued() > JdbcPositionStore.QUEUE_CAPACITY / 2) {
                                Thread.sleep(1);
                            }
                        }
                    }
                }
            }
            positions.flush();
            PositionStoreStats stats = store.stats();
            if (stats.written() != fleet.positions()) {
                throw new IllegalStateException("the store wrote " + stats.written() + " of " + fleet.positions()
                        + " fixes: " + stats);
            }
        }
        double rate = fleet.positions() / ((System.nanoTime() - start) / 1e9);
        if (settings.jdbcUrl().startsWith("jdbc:postgresql:")) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                    settings.password());
                    Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE position_blocks");
            }
        }
        return rate;
    }
}
