package io.coastwatch.bench.store;

import io.coastwatch.operations.audit.AuditChain;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

/**
 * The audit log's two costs, through the store's API:
 * <ul>
 * <li>{@code writes}: audited writes per second — each one durable transaction
 *     ({@link io.coastwatch.operations.common.Transactions#write}) holding a small write (one row of a
 *     bench table) and its audit record (before and after as small JSON objects), one after the other on
 *     one thread, as the officers' writes reach the store; beside it, the same writes without their
 *     audit record (what the audit adds). Then both again with {@link Durability#RELAXED} commits (SQLite
 *     {@code synchronous=NORMAL}: no sync at commit), which separates what the audit costs itself from
 *     what the durable commit costs (one WAL sync per transaction, the disk's latency). {@code WRITES} per
 *     run.</li>
 * <li>{@code verify}: the time {@code AuditLog.verify} takes over a log of {@code ENTRIES} entries
 *     (appended beforehand in transactions of 10,000, outside the timing).</li>
 * </ul>
 * {@code RUNS} runs, each on a new database; prints each run and the median.
 *
 * <p>Usage: {@code AuditBenchmark writes|verify sqlite|postgresql COUNT RUNS WORK_DIR}.
 */
public final class AuditBenchmark {

    private static final int LOAD_BATCH = 10_000;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: AuditBenchmark writes|verify sqlite|postgresql COUNT RUNS WORK_DIR");
            System.exit(2);
        }
        String what = args[0];
        String backend = args[1];
        int count = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (BenchDatabase databases = new BenchDatabase(backend, Path.of(args[4]))) {
            switch (what) {
                case "writes" -> writes(databases, backend, count, runs);
                case "verify" -> verify(databases, backend, count, runs);
                default -> throw new IllegalArgumentException("writes or verify, not " + what);
            }
        }
    }

    private static void writes(BenchDatabase databases, String backend, int writes, int runs) throws SQLException {
        double[] audited = new double[runs];
        double[] plain = new double[runs];
        double[] relaxedAudited = new double[runs];
        double[] relaxedPlain = new double[runs];
        for (int run = 0; run < runs; run++) {
            plain[run] = writeRate(databases.newDatabase(), writes, false, Durability.DURABLE);
            audited[run] = writeRate(databases.newDatabase(), writes, true, Durability.DURABLE);
            relaxedPlain[run] = writeRate(databases.newDatabase(), writes, false, Durability.RELAXED);
            relaxedAudited[run] = writeRate(databases.newDatabase(), writes, true, Durability.RELAXED);
            System.out.printf("%s run %d: %,d durable writes: %,.0f/s with their audit record, %,.0f/s without;"
                    + " relaxed commits: %,.0f/s with, %,.0f/s without%n", backend, run + 1, writes, audited[run],
                    plain[run], relaxedAudited[run], relaxedPlain[run]);
        }
        System.out.printf("%s median of %d runs: %,.0f audited writes/s, %,.0f writes/s without audit (ratio %.2f)%n",
                backend, runs, median(audited), median(plain), median(audited) / median(plain));
        System.out.printf("%s median of %d runs, relaxed commits: %,.0f audited writes/s, %,.0f writes/s without"
                + " audit (ratio %.2f)%n", backend, runs, median(relaxedAudited), median(relaxedPlain),
                median(relaxedAudited) / median(relaxedPlain));
    }

    private static double writeRate(StoreSettings settings, int writes, boolean audited, Durability durability)
            throws SQLException {
        createNotes(settings);
        try (Database database = Database.open(settings)) {
            JdbcTransactions transactions = database.transactions();
            long start = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                int id = i;
                if (durability == Durability.DURABLE) {
                    // the use case's way: a bound transaction the write and the audit log join
                    transactions.run(() -> {
                        transactions.write(Durability.DURABLE, connection -> insertNote(connection, id));
                        if (audited) {
                            database.audit().append(note(id));
                        }
                    });
                } else {
                    // the store's own JDBC code's way, with a relaxed commit
                    transactions.write(Durability.RELAXED, connection -> {
                        insertNote(connection, id);
                        return audited ? database.audit().append(connection, note(id)) : null;
                    });
                }
            }
            double rate = writes / ((System.nanoTime() - start) / 1e9);
            if (audited && database.audit().head().seq() != writes) {
                throw new IllegalStateException("expected " + writes + " entries, found " + database.audit().head());
            }
            return rate;
        }
    }

    private static AuditRecord note(int id) {
        return new AuditRecord("truc-ban", "dbp-ca-na", "create", "note", Integer.toString(id), null,
                Map.of("id", id, "note", "note " + id));
    }

    private static void verify(BenchDatabase databases, String backend, int entries, int runs) {
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            try (Database database = Database.open(databases.newDatabase())) {
                long loadStart = System.nanoTime();
                for (int loaded = 0; loaded < entries; loaded += LOAD_BATCH) {
                    int first = loaded;
                    int batch = Math.min(LOAD_BATCH, entries - loaded);
                    database.transactions().run(() -> {
                        for (int i = first; i < first + batch; i++) {
                            database.audit().append(new AuditRecord(i % 7 == 0 ? "admin" : "truc-ban", "dbp-ca-na",
                                    "update", "unit", "dbp-" + (i % 40), Map.of("name", "Đồn " + i),
                                    Map.of("name", "Đồn " + (i + 1))));
                        }
                    });
                }
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                long start = System.nanoTime();
                AuditChain.Verification verification = database.audit().verify();
                seconds[run] = (System.nanoTime() - start) / 1e9;
                if (!verification.unbroken() || verification.verified() != entries) {
                    throw new IllegalStateException("verification failed: " + verification);
                }
                System.out.printf("%s run %d: %,d entries (loaded in %.1f s) verified in %.2f s (%,.0f entries/s)%n",
                        backend, run + 1, entries, loadSeconds, seconds[run], entries / seconds[run]);
            }
        }
        System.out.printf("%s median of %d runs: %,d entries verified in %.2f s%n", backend, runs, entries,
                median(seconds));
    }

    private static void createNotes(StoreSettings settings) throws SQLException {
        try (Database ignored = Database.open(settings);
                Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        }
    }

    private static int insertNote(Connection connection, int id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_notes (id, note) VALUES (?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, "note " + id);
            return insert.executeUpdate();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
