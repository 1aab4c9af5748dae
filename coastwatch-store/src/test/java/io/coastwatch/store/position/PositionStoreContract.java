package io.coastwatch.store.position;

import static io.coastwatch.store.testing.Fixes.fix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselIds;
import io.coastwatch.store.account.Account;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@link PositionStore} contract, run against every backend. */
abstract class PositionStoreContract extends DatabaseTestBase {

    static final long DAY = Duration.ofDays(1).toMillis();
    static final long T0 = 1_764_400_000_000L; // 2025-11-29

    PositionStore positions() {
        return database.positions();
    }

    @Test
    void trackHoldsOneVesselsFixesOldestFirst() {
        positions().append(fix(1, T0 + 3000));
        positions().append(fix(2, T0 + 1500));
        positions().append(fix(1, T0 + 1000));
        positions().append(fix(1, T0 + 2000));
        positions().flush();

        assertEquals(List.of(fix(1, T0 + 1000), fix(1, T0 + 2000), fix(1, T0 + 3000)),
                positions().track(1, T0, T0 + DAY, 100));
        assertEquals(List.of(fix(2, T0 + 1500)), positions().track(2, T0, T0 + DAY, 100));
        assertEquals(List.of(), positions().track(3, T0, T0 + DAY, 100));
    }

    @Test
    void timeRangeIncludesFromAndExcludesTo() {
        for (int i = 0; i < 10; i++) {
            positions().append(fix(7, T0 + i * 1000L));
        }
        positions().flush();

        List<PositionFix> track = positions().track(7, T0 + 2000, T0 + 5000, 100);

        assertEquals(List.of(fix(7, T0 + 2000), fix(7, T0 + 3000), fix(7, T0 + 4000)), track);
        assertEquals(List.of(), positions().track(7, T0 + 5000, T0 + 5000, 100));
    }

    @Test
    void limitKeepsTheOldest() {
        for (int i = 9; i >= 0; i--) {
            positions().append(fix(7, T0 + i * 1000L));
        }
        positions().flush();

        assertEquals(List.of(fix(7, T0), fix(7, T0 + 1000)), positions().track(7, T0, T0 + DAY, 2));
        assertEquals(List.of(), positions().track(7, T0, T0 + DAY, 0));
        assertThrows(IllegalArgumentException.class, () -> positions().track(7, T0, T0 + DAY, -1));
    }

    @Test
    void periodHoldsEveryVesselsFixesInTimeOrderWithinItsBounds() {
        positions().append(fix(5, T0 + 3000));
        positions().append(fix(6, T0 + 1000));
        positions().append(fix(5, T0 + 1000));
        positions().append(fix(6, T0 + 5000));
        positions().append(fix(6, T0 - 1));
        positions().flush();

        assertEquals(List.of(fix(5, T0 + 1000), fix(6, T0 + 1000), fix(5, T0 + 3000)),
                positions().period(T0, T0 + 5000, 100));
        assertEquals(List.of(fix(5, T0 + 1000)), positions().period(T0, T0 + DAY, 1));
        assertEquals(List.of(), positions().period(T0 + 5000, T0 + 5000, 100));
        assertThrows(IllegalArgumentException.class, () -> positions().period(T0, T0 + DAY, -1));
    }

    @Test
    void everyFieldRoundTrips() {
        List<PositionFix> fixes = new ArrayList<>();
        long time = T0;
        long vessel = VesselIds.FIRST_NON_AIS_ID + 5;
        for (FixSource source : FixSource.values()) {
            for (Plausibility plausibility : Plausibility.values()) {
                fixes.add(new PositionFix(vessel, time++, -33.25, -179.999999, 102.2, 359.9, 511 % 360, 15, source,
                        plausibility));
            }
        }
        fixes.add(new PositionFix(vessel, time++, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, -1,
                FixSource.VMS, Plausibility.NOT_AVAILABLE));
        fixes.add(new PositionFix(vessel, time, 0.0, 0.0, 0.0, 0.0, 0, 0, FixSource.AIS_CLASS_B,
                Plausibility.PLAUSIBLE));
        fixes.forEach(positions()::append);
        positions().flush();

        assertEquals(fixes, positions().track(vessel, T0, T0 + DAY, 1000));
    }

    @Test
    void scanBoxGivesThePlausibleFixesInsideDuringThePeriod() {
        positions().append(at(1, T0, 11.5, 109.2, Plausibility.PLAUSIBLE)); // inside
        positions().append(at(2, T0 + 1000, 11.0, 109.0, Plausibility.PLAUSIBLE)); // on the south-west corner
        positions().append(at(3, T0, 11.5, 109.2, Plausibility.IMPLAUSIBLE_JUMP)); // inside, implausible
        positions().append(at(4, T0, 12.5, 109.2, Plausibility.PLAUSIBLE)); // north of the box
        positions().append(at(5, T0, 11.5, 110.5, Plausibility.PLAUSIBLE)); // east of the box
        positions().append(at(6, T0 + DAY, 11.5, 109.2, Plausibility.PLAUSIBLE)); // inside, at the period's end
        positions().append(at(6, T0 - 1, 11.5, 109.2, Plausibility.PLAUSIBLE)); // inside, before the period
        positions().append(at(7, T0 + 5, 11.9, 109.9, Plausibility.PLAUSIBLE)); // inside
        positions().append(at(7, T0 + 6, 11.9, 109.9, Plausibility.PLAUSIBLE));
        positions().flush();

        assertEquals(Set.of(List.of(1.0, (double) T0, 11.5, 109.2), List.of(2.0, T0 + 1000.0, 11.0, 109.0),
                List.of(7.0, T0 + 5.0, 11.9, 109.9), List.of(7.0, T0 + 6.0, 11.9, 109.9)),
                scan(T0, T0 + DAY, 109.0, 11.0, 110.0, 12.0));
        assertEquals(Set.of(), scan(T0, T0, 109.0, 11.0, 110.0, 12.0));
        assertThrows(IllegalArgumentException.class, () -> scan(T0, T0 + DAY, 110, 11, 109, 12));
    }

    /** What scanBox gives, as [vessel, time, lat, lon]. */
    private Set<List<Double>> scan(long fromMillis, long toMillis, double west, double south, double east, double north) {
        Set<List<Double>> found = new HashSet<>();
        positions().scanBox(fromMillis, toMillis, west, south, east, north,
                (vessel, time, lat, lon) -> found.add(List.of((double) vessel, (double) time, lat, lon)));
        return found;
    }

    private static PositionFix at(long vesselId, long timeMillis, double latitude, double longitude,
            Plausibility plausibility) {
        return new PositionFix(vesselId, timeMillis, latitude, longitude, 5.0, 90.0, 90, 0, FixSource.AIS_CLASS_A,
                plausibility);
    }

    @Test
    void theSameFixTwiceIsKeptOnceButOtherSourcesAtTheSameTimeAreKept() {
        positions().append(fix(3, T0));
        positions().append(fix(3, T0));
        positions().flush();
        positions().append(fix(3, T0));
        positions().append(fix(3, T0, FixSource.VMS));
        positions().flush();

        assertEquals(List.of(fix(3, T0), fix(3, T0, FixSource.VMS)), positions().track(3, T0, T0 + 1, 10));
        assertEquals(4, ((JdbcPositionStore) positions()).stats().written());
    }

    @Test
    void manyVesselsInterleavedKeepEveryFix() {
        long seed = System.nanoTime();
        System.out.println("manyVesselsInterleavedKeepEveryFix seed " + seed);
        Random random = new Random(seed);
        Map<Long, List<PositionFix>> expected = new HashMap<>();
        long time = T0;
        for (int i = 0; i < 50_000; i++) {
            long vessel = 200_000_000L + random.nextInt(300);
            time += 1 + random.nextInt(50);
            PositionFix fix = fix(vessel, time);
            positions().append(fix);
            expected.computeIfAbsent(vessel, v -> new ArrayList<>()).add(fix);
        }
        positions().flush();

        for (Map.Entry<Long, List<PositionFix>> vessel : expected.entrySet()) {
            assertEquals(vessel.getValue(), positions().track(vessel.getKey(), T0, time + 1, 100_000),
                    "vessel " + vessel.getKey() + ", seed " + seed);
        }
        PositionStoreStats stats = ((JdbcPositionStore) positions()).stats();
        assertEquals(50_000, stats.appended());
        assertEquals(50_000, stats.written());
        assertEquals(0, stats.failed() + stats.dropped() + stats.queued());
    }

    @Test
    void flushedFixesSurviveReopening() {
        for (int i = 0; i < 1000; i++) {
            positions().append(fix(9, T0 + i));
        }
        positions().flush();
        reopen(Duration.ZERO);

        assertEquals(1000, positions().track(9, T0, T0 + DAY, 10_000).size());
    }

    @Test
    void closeWritesWhatIsQueued() {
        for (int i = 0; i < 20_000; i++) {
            positions().append(fix(10 + i % 7, T0 + i));
        }
        reopen(Duration.ZERO);

        int total = 0;
        for (int vessel = 10; vessel < 17; vessel++) {
            total += positions().track(vessel, T0, T0 + DAY, 100_000).size();
        }
        assertEquals(20_000, total);
    }

    @Test
    void appendAfterCloseFails() {
        PositionStore closed = positions();
        database.close();

        assertThrows(IllegalStateException.class, () -> closed.append(fix(1, T0)));
        database = io.coastwatch.store.Database.open(settings);
    }

    @Test
    void deleteOlderThanDeletesOnlyOlderFixes() {
        for (int day = 0; day < 30; day++) {
            positions().append(fix(4, T0 + day * DAY));
            positions().append(fix(5, T0 + day * DAY + 1));
        }
        positions().flush();

        long deleted = positions().deleteOlderThan(T0 + 20 * DAY);

        assertEquals(40, deleted);
        assertEquals(10, positions().track(4, 0, Long.MAX_VALUE, 1000).size());
        assertEquals(fix(4, T0 + 20 * DAY), positions().track(4, 0, Long.MAX_VALUE, 1).getFirst());
        assertEquals(fix(5, T0 + 20 * DAY + 1), positions().track(5, 0, Long.MAX_VALUE, 1).getFirst());
        assertEquals(0, positions().deleteOlderThan(T0));
    }

    @Test
    void theStoreAppliesItsRetentionItself() throws InterruptedException {
        long now = System.currentTimeMillis();
        positions().append(fix(6, now - 10 * DAY));
        positions().append(fix(6, now - 3 * DAY));
        positions().append(fix(6, now - 1000));
        positions().flush();

        reopen(Duration.ofDays(2));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (positions().track(6, 0, Long.MAX_VALUE, 10).size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(fix(6, now - 1000)), positions().track(6, 0, Long.MAX_VALUE, 10));
    }

    /**
     * A child JVM appends and flushes, reporting each flush, and is killed with SIGKILL while it
     * appends. After reopening: every reported fix is there, what is there is a prefix of what
     * was appended (batches are written in order, whole or not at all), and the account the child
     * created first is there.
     */
    @Test
    void aKilledWriterLosesNothingFlushedAndLeavesAConsistentStore() throws Exception {
        database.close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AppendUntilKilled.class.getName(), settings.jdbcUrl(), String.valueOf(settings.user()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long flushed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                flushed = Long.parseLong(line.substring("flushed ".length()));
                if (flushed >= 60_000) {
                    child.destroyForcibly(); // SIGKILL
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertTrue(flushed >= 60_000, "the child reported " + flushed + " flushed fixes before dying");

        database = io.coastwatch.store.Database.open(settings);

        List<PositionFix> stored = new ArrayList<>();
        for (long vessel = 0; vessel < AppendUntilKilled.VESSELS; vessel++) {
            stored.addAll(positions().track(AppendUntilKilled.FIRST_VESSEL + vessel, 0, Long.MAX_VALUE,
                    Integer.MAX_VALUE));
        }
        stored.sort(Comparator.comparingLong(PositionFix::timeMillis));
        assertTrue(stored.size() >= flushed, stored.size() + " stored, " + flushed + " reported flushed");
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(AppendUntilKilled.fixNumber(i), stored.get(i), "fix " + i + " of " + stored.size());
        }
        assertEquals(Account.local("crash", "hash", List.of(RoleAssignment.atRoot(Role.VIEWER)), 1L), database.accounts().find("crash").orElseThrow());
    }
}
