package io.coastwatch.store.position;

import static io.coastwatch.store.testing.Fixes.fix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What storing fixes in blocks must not change, run against every backend: copies of a fix across
 * blocks, limits and order over overlapping blocks, boxes, retention inside a block, compaction, and
 * the conversion of a database of one row per fix.
 */
abstract class BlockStorageContract extends DatabaseTestBase {

    static final long T0 = PositionStoreContract.T0;
    static final long DAY = PositionStoreContract.DAY;
    private static final Comparator<PositionFix> TRACK_ORDER = Comparator.comparingLong(PositionFix::timeMillis)
            .thenComparing(PositionFix::source);
    private static final Comparator<PositionFix> PERIOD_ORDER = Comparator.comparingLong(PositionFix::timeMillis)
            .thenComparingLong(PositionFix::vesselId).thenComparing(PositionFix::source);

    JdbcPositionStore positions() {
        return (JdbcPositionStore) database.positions();
    }

    @Test
    void aCopyOfAFixInALaterBlockLosesToTheFirst() {
        PositionFix first = fix(3, T0);
        PositionFix copy = new PositionFix(3, T0, 12.0, 110.0, 1, 2, 3, 4, FixSource.AIS_CLASS_A,
                Plausibility.PLAUSIBLE);
        positions().append(first);
        positions().append(fix(3, T0 + 10));
        positions().flush();
        positions().append(copy);
        positions().append(fix(3, T0 - 5)); // the later block starts first
        positions().flush();

        List<PositionFix> expected = List.of(fix(3, T0 - 5), first, fix(3, T0 + 10));
        assertEquals(expected, positions().track(3, T0 - 10, T0 + DAY, 10));
        assertEquals(expected, positions().period(T0 - 10, T0 + DAY, 10));
        assertEquals(List.of(fix(3, T0 - 5), first), positions().track(3, T0 - 10, T0 + DAY, 2));
        positions().compact(T0 + DAY);
        assertEquals(1, blockCount()); // the blocks became one
        assertEquals(expected, positions().track(3, T0 - 10, T0 + DAY, 10));
    }

    /**
     * Random batches of 8 vessels over 6 hours (so blocks overlap, and copies of fixes with other
     * values fall in later blocks), half of them compacted part way; then random tracks, periods and
     * boxes against a model of one row per fix.
     */
    @Test
    void randomBatchesAndQueriesAgreeWithOneRowPerFix() {
        long seed = System.nanoTime();
        System.out.println("randomBatchesAndQueriesAgreeWithOneRowPerFix seed " + seed);
        Random random = new Random(seed);
        long span = Duration.ofHours(6).toMillis();
        Map<List<Long>, PositionFix> stored = new LinkedHashMap<>(); // (vessel, time, source) -> the first appended
        List<PositionFix> appended = new ArrayList<>();
        for (int batch = 0; batch < 40; batch++) {
            int size = random.nextInt(1, 400);
            for (int i = 0; i < size; i++) {
                FixSource source = random.nextInt(5) == 0 ? FixSource.VMS : FixSource.AIS_CLASS_A;
                PositionFix fix = new PositionFix(1 + random.nextInt(8), T0 + random.nextLong(span) / 1000 * 1000,
                        11 + random.nextDouble(), 109 + random.nextDouble(), random.nextInt(200) / 10.0, 90, 90, 0,
                        source, random.nextInt(6) == 0 ? Plausibility.ON_LAND : Plausibility.PLAUSIBLE);
                positions().append(fix);
                appended.add(fix);
                stored.putIfAbsent(List.of(fix.vesselId(), fix.timeMillis(), (long) source.ordinal()), fix);
            }
            positions().flush();
            if (batch == 20) {
                positions().compact(T0 + span + DAY);
            }
        }
        List<PositionFix> all = new ArrayList<>(stored.values());

        for (int query = 0; query < 150; query++) {
            long from = T0 - 1000 + random.nextLong(span + 2000);
            long to = from + random.nextLong(span / 2);
            int limit = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(1, 300);
            long vessel = 1 + random.nextInt(8);
            String what = "query " + query + " [" + from + ", " + to + ") limit " + limit + ", seed " + seed;
            assertSameFixes(all.stream().filter(f -> f.vesselId() == vessel && f.timeMillis() >= from
                    && f.timeMillis() < to).sorted(TRACK_ORDER).limit(limit).toList(),
                    positions().track(vessel, from, to, limit), "track of " + vessel + ", " + what);
            assertSameFixes(all.stream().filter(f -> f.timeMillis() >= from && f.timeMillis() < to)
                    .sorted(PERIOD_ORDER).limit(limit).toList(), positions().period(from, to, limit), "period, " + what);

            double south = 11 + random.nextDouble() * 0.8;
            double west = 109 + random.nextDouble() * 0.8;
            Set<List<Double>> inBox = new HashSet<>();
            positions().scanBox(from, to, west, south, west + 0.2, south + 0.2,
                    (id, time, lat, lon) -> inBox.add(List.of((double) id, (double) time, lat, lon)));
            Set<List<Double>> storedInBox = inBox(all, from, to, west, south);
            Set<List<Double>> appendedInBox = inBox(appended, from, to, west, south);
            assertTrue(inBox.containsAll(storedInBox), "box misses fixes, " + what);
            assertTrue(appendedInBox.containsAll(inBox), "box gives fixes never appended, " + what);
        }
    }

    /** Like assertEquals, but names the first fix that differs instead of printing thousands. */
    private static void assertSameFixes(List<PositionFix> expected, List<PositionFix> actual, String message) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "fix " + i + " of " + expected.size() + ", " + message);
        }
        assertEquals(expected.size(), actual.size(), "fixes, " + message);
    }

    private static Set<List<Double>> inBox(List<PositionFix> fixes, long from, long to, double west, double south) {
        Set<List<Double>> inside = new HashSet<>();
        for (PositionFix f : fixes) {
            if (f.isPlausible() && f.timeMillis() >= from && f.timeMillis() < to && f.latitude() >= south
                    && f.latitude() <= south + 0.2 && f.longitude() >= west && f.longitude() <= west + 0.2) {
                inside.add(List.of((double) f.vesselId(), (double) f.timeMillis(), f.latitude(), f.longitude()));
            }
        }
        return inside;
    }

    @Test
    void aBlockPartlyInTheBoxGivesOnlyItsFixesInsideAndImplausibleBlocksNone() {
        for (int i = 0; i < 10; i++) { // heading east across the box's east edge (109.5), one block
            positions().append(new PositionFix(21, T0 + i * 1000L, 11.2, 109.1 + i * 0.1, 10, 90, 90, 0,
                    FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE));
            positions().append(new PositionFix(22, T0 + i * 1000L, 11.2, 109.2, 10, 90, 90, 0,
                    FixSource.AIS_CLASS_A, Plausibility.IMPLAUSIBLE_JUMP));
        }
        positions().flush();

        List<Long> times = new ArrayList<>();
        positions().scanBox(T0, T0 + DAY, 109.0, 11.0, 109.5, 11.5, (id, time, lat, lon) -> times.add(time));

        assertEquals(List.of(T0, T0 + 1000, T0 + 2000, T0 + 3000, T0 + 4000), times.stream().sorted().toList());
    }

    @Test
    void retentionTrimsTheBlockThatStraddlesTheLimit() {
        for (int i = 0; i < 10; i++) {
            positions().append(fix(13, T0 + i * 60_000L));
        }
        positions().flush();
        positions().compact(T0 + DAY); // the writer may have cut them into more than one batch
        assertEquals(1, blockCount());

        assertEquals(4, positions().deleteOlderThan(T0 + 4 * 60_000L));

        assertEquals(6, positions().track(13, 0, Long.MAX_VALUE, 100).size());
        assertEquals(fix(13, T0 + 4 * 60_000L), positions().track(13, 0, Long.MAX_VALUE, 1).getFirst());
        assertEquals(1, blockCount());
    }

    @Test
    void compactionMergesSmallOldBlocksAndChangesNoAnswer() {
        for (int i = 0; i < 300; i++) { // 2.5 hours, one block per vessel per batch of (about) 3 fixes
            positions().append(fix(11, T0 + i * 30_000L));
            positions().append(fix(12, T0 + i * 30_000L + 1));
            if (i % 3 == 2) {
                positions().flush();
            }
        }
        positions().flush();
        List<PositionFix> track11 = positions().track(11, 0, Long.MAX_VALUE, 1000);
        List<PositionFix> period = positions().period(0, Long.MAX_VALUE, 1000);
        long before = blockCount();
        assertTrue(before >= 200, before + " blocks");
        long now = T0 + DAY;

        long fewer = positions().compact(now);

        assertEquals(before - fewer, blockCount());
        assertTrue(blockCount() <= 8, blockCount() + " blocks"); // one a vessel for each of the 4 hours touched
        assertEquals(track11, positions().track(11, 0, Long.MAX_VALUE, 1000));
        assertEquals(period, positions().period(0, Long.MAX_VALUE, 1000));
        assertEquals(0, positions().compact(now));

        positions().append(fix(11, now - 1000)); // too recent to merge
        positions().flush();
        positions().append(fix(11, now - 999));
        positions().flush();
        assertEquals(0, positions().compact(now));
        assertEquals(List.of(fix(11, now - 1000), fix(11, now - 999)), positions().track(11, now - 2000, now, 10));
    }

    /**
     * A database with rows in the {@code positions} table of schema version 4 (created here from the
     * V1 migration's own statement, more rows than one conversion transaction takes) loses nothing
     * when opened: its fixes come back as they were, and the old table is gone.
     */
    @Test
    void aDatabaseOfOneRowPerFixIsConvertedToBlocksAtOpen() throws IOException {
        database.close();
        List<PositionFix> old = new ArrayList<>();
        for (int vessel = 0; vessel < 70; vessel++) {
            for (int k = 0; k < 1500; k++) {
                old.add(fix(300_000_000L + vessel, T0 + k * 20_000L + vessel));
            }
            old.add(fix(300_000_000L + vessel, T0 + vessel, FixSource.VMS)); // same time, other source
        }
        try (ConnectionSource connections = ConnectionSource.of(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            String create = oldTableStatement(connections.dialect());
            connections.write(Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, create);
                if (connections.dialect() == Dialect.POSTGRESQL) {
                    ConnectionSource.execute(connection, "CREATE TABLE positions_all PARTITION OF positions"
                            + " FOR VALUES FROM (MINVALUE) TO (MAXVALUE)");
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO positions (vessel_id,"
                        + " time_ms, source, lat, lon, speed_knots, course_degrees, heading_degrees, nav_status,"
                        + " plausibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (PositionFix fix : old) {
                        FixColumns.bind(insert, 1, fix);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
            assertTrue(old.size() > LegacyPositions.CHUNK);

            reopen(Duration.ZERO);

            assertEquals(old.stream().sorted(PERIOD_ORDER).toList(),
                    database.positions().period(0, Long.MAX_VALUE, Integer.MAX_VALUE));
            assertEquals(old.stream().filter(f -> f.vesselId() == 300_000_007L).sorted(TRACK_ORDER).toList(),
                    database.positions().track(300_000_007L, 0, Long.MAX_VALUE, Integer.MAX_VALUE));
            Boolean oldTableLeft = connections.read(connection -> {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, "positions", null)) {
                    return tables.next();
                }
            });
            assertFalse(oldTableLeft, "the old table is dropped");
        }
        assertTrue(blockCount() < old.size() / 100, blockCount() + " blocks");
    }

    /** The V1 migration's {@code CREATE TABLE positions} statement of {@code dialect}. */
    private static String oldTableStatement(Dialect dialect) throws IOException {
        String schema;
        try (InputStream in = BlockStorageContract.class.getClassLoader().getResourceAsStream(
                dialect.migrationFolder() + "/V1__schema.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher statement = Pattern.compile("CREATE TABLE positions \\(.*?\\)[^;]*;", Pattern.DOTALL).matcher(schema);
        assertTrue(statement.find(), schema);
        return statement.group().substring(0, statement.group().length() - 1);
    }

    long blockCount() {
        try (ConnectionSource connections = ConnectionSource.of(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            return connections.read(connection -> {
                try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM position_blocks");
                        ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
        }
    }
}
