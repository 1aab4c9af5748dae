package io.coastwatch.engine.pipeline;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.classA;
import static io.coastwatch.engine.TestMessages.partA;
import static io.coastwatch.engine.TestMessages.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.port.InMemoryVesselSnapshotStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselIds;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.track.VesselTracker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final PlausibilityCheck CHECK = new PlausibilityCheck(LandMask.vietnamRegion());
    private static final int MMSI = 574_001_234;

    private final InMemoryPositionStore positions = new InMemoryPositionStore();
    private final InMemoryVesselSnapshotStore snapshots = new InMemoryVesselSnapshotStore();

    private Pipeline pipeline(PipelineSettings settings) {
        return Engine.builder().deduplicate(settings).track(new VesselTracker(CHECK)).history(positions, snapshots)
                .build().pipeline();
    }

    private static void offer(Pipeline pipeline, AisMessage message, long timeMillis, String receiver) {
        receive(message, timeMillis, receiver, pipeline::offer);
    }

    @Test
    void theSameMessageHeardBySeveralReceiversCountsOnce() {
        Pipeline pipeline = pipeline(PipelineSettings.DEFAULTS);
        pipeline.start();
        AisMessage report = classA(MMSI, 11.30, 109.50, 1234);
        offer(pipeline, report, T0, "r574001");
        offer(pipeline, report, T0 + 300, "r574002");
        offer(pipeline, report, T0 + 2_000, "aggregator");
        offer(pipeline, classA(MMSI, 11.30, 109.50, 1235), T0 + 2_000, "r574001");
        offer(pipeline, report, T0 + 15_000, "r574001");
        pipeline.close();

        PipelineStats stats = pipeline.stats();
        assertEquals(5, stats.offered());
        assertEquals(2, stats.duplicates());
        assertEquals(3, stats.processed(), "another radio status and the same report 15 s later are new");
        assertEquals(3, positions.all().size());
    }

    @Test
    void offersBeyondTheQueueAreDroppedAndCounted() {
        Pipeline pipeline = pipeline(new PipelineSettings(2, 10_000, 1000, 5_000));
        List<Boolean> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receive(classA(MMSI + i, 11.3, 109.5), T0, "r1", (message, reception) ->
                    accepted.add(pipeline.offer(message, reception)));
        }
        assertEquals(List.of(true, true, false, false, false), accepted);
        assertEquals(2, pipeline.stats().queueDepth());
        assertEquals(3, pipeline.stats().dropped());

        pipeline.start();
        pipeline.close();
        assertEquals(2, pipeline.stats().processed());
        assertEquals(0, pipeline.stats().queueDepth());
        assertFalse(pipeline.offer(new VmsReport("NT-90123-TS", null, T0, 11.3, 109.5, 5, 90)), "closed");
        assertEquals(4, pipeline.stats().dropped());
    }

    @Test
    void closeDrainsTheQueue() {
        Pipeline pipeline = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 1000; i++) {
            offer(pipeline, classA(MMSI + i, 11.3, 109.5), T0, "r1");
        }
        pipeline.start();
        pipeline.close();
        assertEquals(1000, pipeline.stats().processed());
        assertEquals(1000, pipeline.vessels().size());
        assertEquals(1000, snapshots.loadAll().size(), "every changed vessel saved at close");
        assertTrue(positions.flushes() >= 1);
    }

    @Test
    void everyFixIsStoredAndImplausibleOnesAreCountedByReason() {
        Pipeline pipeline = pipeline(PipelineSettings.DEFAULTS);
        pipeline.start();
        offer(pipeline, classA(MMSI, 11.30, 109.50), T0, "r1");
        offer(pipeline, classA(MMSI, 11.94, 108.44), T0 + 10_000, "r1");
        offer(pipeline, classA(MMSI, 91, 181), T0 + 20_000, "r1");
        pipeline.offer(new VmsReport("NT-90123-TS", null, T0, 11.30, 109.60, 5, 90));
        pipeline.offer(new VmsReport("NT-90123-TS", null, T0 + 60_000, 12.30, 109.60, 5, 90));
        pipeline.close();

        List<Plausibility> verdicts = positions.all().stream().map(PositionFix::plausibility).toList();
        assertEquals(5, verdicts.size());
        assertEquals(new HashSet<>(List.of(Plausibility.PLAUSIBLE, Plausibility.ON_LAND, Plausibility.NOT_AVAILABLE,
                Plausibility.IMPLAUSIBLE_JUMP)), new HashSet<>(verdicts));
        PipelineStats stats = pipeline.stats();
        assertEquals(1, stats.implausible(Plausibility.ON_LAND));
        assertEquals(1, stats.implausible(Plausibility.NOT_AVAILABLE));
        assertEquals(1, stats.implausible(Plausibility.IMPLAUSIBLE_JUMP));
        assertEquals(11.30, pipeline.vessel(VesselIds.ofMmsi(MMSI)).orElseThrow().lastFix().latitude(), 1e-6);
    }

    @Test
    void startRestoresTheLivePictureFromTheSnapshots() {
        Pipeline first = pipeline(PipelineSettings.DEFAULTS);
        first.start();
        offer(first, partA(MMSI, "BINH MINH 68"), T0, "r1");
        offer(first, classA(MMSI, 11.30, 109.50), T0 + 1000, "r1");
        first.offer(new VmsReport("BV-01234-TS", "VMS-9", T0, 10.3, 107.1, 4, 180));
        first.close();
        List<VesselSnapshot> before = List.copyOf(first.vessels());

        Pipeline second = pipeline(PipelineSettings.DEFAULTS);
        second.start();
        assertEquals(new HashSet<>(before), new HashSet<>(second.vessels()));
        assertEquals("BINH MINH 68", second.vessel(VesselIds.ofMmsi(MMSI)).orElseThrow().name());
        second.offer(new VmsReport("KG-95555-TS", null, T0, 9, 104, 4, 180));
        second.offer(new VmsReport(null, "VMS-9", T0 + 60_000, 10.3, 107.1, 4, 180));
        second.close();
        assertEquals(3, second.vessels().size());
        assertTrue(second.vessel(VesselIds.FIRST_NON_AIS_ID + 1).isPresent(), "identifiers continue");
        assertEquals(T0 + 60_000, second.vessel(VesselIds.FIRST_NON_AIS_ID).orElseThrow().lastSeenMillis());
    }

    @Test
    void changedVesselsAreSavedPeriodically() throws InterruptedException {
        Pipeline pipeline = pipeline(new PipelineSettings(1024, 10_000, 1000, 20));
        pipeline.start();
        offer(pipeline, classA(MMSI, 11.30, 109.50), T0, "r1");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (snapshots.loadAll().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, snapshots.loadAll().size(), "saved before close");
        pipeline.close();
    }

    @Test
    void vesselsAFailedSaveMissedAreSavedNextTime() {
        AtomicBoolean failed = new AtomicBoolean();
        VesselSnapshotStore flaky = new VesselSnapshotStore() {
            @Override
            public void saveAll(Collection<VesselSnapshot> states) {
                if (!failed.getAndSet(true)) {
                    throw new IllegalStateException("disk full");
                }
                snapshots.saveAll(states);
            }

            @Override
            public List<VesselSnapshot> loadAll() {
                return snapshots.loadAll();
            }
        };
        Pipeline pipeline = Engine.builder().track(new VesselTracker(CHECK)).history(positions, flaky).build().pipeline();
        pipeline.start();
        offer(pipeline, classA(MMSI, 11.30, 109.50), T0, "r1");
        offer(pipeline, classA(MMSI + 1, 11.40, 109.60), T0, "r1");
        pipeline.close(); // the save at close fails
        assertTrue(failed.get());
        assertTrue(snapshots.loadAll().isEmpty());
        pipeline.close(); // closing again saves what is still unsaved
        assertEquals(2, snapshots.loadAll().size());
    }

    @Test
    void listenersHearEveryUpdateUntilTheyUnsubscribe() throws Exception {
        Pipeline pipeline = pipeline(PipelineSettings.DEFAULTS);
        List<VesselSnapshot> heard = new CopyOnWriteArrayList<>();
        List<VesselSnapshot> unsubscribed = new CopyOnWriteArrayList<>();
        pipeline.subscribe(vessel -> {
            throw new IllegalStateException("a broken listener");
        });
        pipeline.subscribe(heard::add);
        pipeline.subscribe(unsubscribed::add).close();
        pipeline.start();
        offer(pipeline, classA(MMSI, 11.30, 109.50), T0, "r1");
        offer(pipeline, partA(MMSI, "BINH MINH 68"), T0 + 1000, "r1");
        pipeline.close();

        assertEquals(2, heard.size());
        assertEquals(11.30, heard.get(0).lastFix().latitude(), 1e-6);
        assertEquals("BINH MINH 68", heard.get(1).name());
        assertTrue(unsubscribed.isEmpty());
        assertEquals(2, pipeline.stats().failures(), "the broken listener is counted, the others still hear");
        assertEquals(2, pipeline.stats().processed());
    }

    @Test
    void readersOnOtherThreadsSeeConsistentVesselsWhileTheWriterRuns() throws Exception {
        Pipeline pipeline = pipeline(PipelineSettings.DEFAULTS);
        pipeline.start();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (writing.get()) {
                    for (VesselSnapshot vessel : pipeline.vessels()) {
                        assertEquals(vessel.vesselId(), VesselIds.ofMmsi(vessel.mmsi()));
                        VesselSnapshot latest = pipeline.vessel(vessel.vesselId()).orElseThrow();
                        assertTrue(latest.lastSeenMillis() >= vessel.lastSeenMillis(), "never back in time");
                    }
                }
            } catch (Throwable e) {
                readerFailure.set(e);
            }
        });
        reader.start();
        for (int i = 0; i < 5_000; i++) {
            offer(pipeline, classA(MMSI + i % 100, 11.30 + i / 100 * 0.0001, 109.50), T0 + i * 100L, "r1");
        }
        pipeline.close();
        writing.set(false);
        reader.join();

        assertEquals(null, readerFailure.get());
        assertEquals(100, pipeline.vessels().size());
        assertEquals(5_000, pipeline.stats().processed());
    }
}
