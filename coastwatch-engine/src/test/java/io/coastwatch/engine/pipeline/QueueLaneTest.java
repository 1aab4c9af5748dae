package io.coastwatch.engine.pipeline;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.classA;
import static io.coastwatch.engine.TestMessages.receive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.port.InMemoryVesselSnapshotStore;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Lanes into the pipeline's queue: shares that another producer's flood cannot fill, and offers that wait. */
class QueueLaneTest {
    private static final PlausibilityCheck CHECK = new PlausibilityCheck(LandMask.vietnamRegion());
    private static final int MMSI = 574_002_000;

    private static Pipeline pipeline(PipelineSettings settings) {
        return Engine.builder().deduplicate(settings).track(new VesselTracker(CHECK))
                .history(new InMemoryPositionStore(), new InMemoryVesselSnapshotStore()).build().pipeline();
    }

    /** A pipeline whose writer takes about {@code nanosPerUpdate} for each vessel update (a listener that waits). */
    private static Pipeline slowPipeline(int queueCapacity, long nanosPerUpdate) {
        Pipeline pipeline = pipeline(new PipelineSettings(queueCapacity, 0, 0, 60_000));
        pipeline.subscribe(vessel -> {
            long until = System.nanoTime() + nanosPerUpdate;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        });
        pipeline.start();
        return pipeline;
    }

    /** A message and its reception, decoded once, offered many times. */
    private record Input(AisMessage message, Reception reception) {
        static Input of(int mmsi, long timeMillis) {
            AtomicReference<Input> decoded = new AtomicReference<>();
            receive(classA(mmsi, 11.3, 109.5), timeMillis, "r1",
                    (message, reception) -> decoded.set(new Input(message, reception)));
            return decoded.get();
        }
    }

    @Test
    void aWaitingLaneLosesNothingToASlowEngine() throws InterruptedException {
        Pipeline pipeline = slowPipeline(64, 20_000);
        Ingest.Lane lane = pipeline.lane(16);
        int offers = 20_000;
        Input input = Input.of(MMSI, T0);
        for (int i = 0; i < offers; i++) {
            assertTrue(lane.offer(input.message(), input.reception(), Long.MAX_VALUE, TimeUnit.NANOSECONDS));
            assertTrue(lane.queued() <= 16, "never more than the lane's share: " + lane.queued());
        }
        pipeline.close();
        PipelineStats stats = pipeline.stats();
        assertEquals(offers, stats.offered());
        assertEquals(0, stats.dropped());
        assertEquals(offers, stats.processed(), "duplicates are not skipped with a window of 0");
    }

    @Test
    void aFloodingLaneFillsItsOwnShareOnly() throws InterruptedException {
        // The writer is not started while the lanes offer: the slowest engine there is, and no race
        // with it. The shares (40 + 50) fit in the queue (100), the flood alone would fill it.
        Pipeline pipeline = pipeline(new PipelineSettings(100, 0, 0, 60_000));
        Ingest.Lane flood = pipeline.lane(40);
        Ingest.Lane live = pipeline.lane(50);
        Input flooding = Input.of(MMSI, T0);
        Input heard = Input.of(MMSI + 1, T0);
        int floodOffers = 200_000;
        AtomicLong floodDropped = new AtomicLong();
        Thread flooder = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < floodOffers; i++) {
                if (!flood.offer(flooding.message(), flooding.reception())) {
                    floodDropped.incrementAndGet();
                }
            }
        });
        int liveDropped = 0;
        for (int i = 0; i < 50; i++) {   // beside the flood, whenever the scheduler lets each run
            if (!live.offer(heard.message(), heard.reception())) {
                liveDropped++;
            }
        }
        flooder.join();
        assertEquals(floodOffers - 40, floodDropped.get(), "the flood got its share and no more");
        assertEquals(0, liveDropped, "the live lane found its whole share beside the flood");
        assertEquals(40, flood.queued());
        assertEquals(50, live.queued());
        assertFalse(live.offer(heard.message(), heard.reception()), "the live lane's share is full too");

        pipeline.start();
        awaitProcessed(pipeline, 90);
        assertEquals(0, flood.queued(), "the writer gave the flood's share back as it drained");
        for (int i = 0; i < 40; i++) {
            assertTrue(flood.offer(flooding.message(), flooding.reception()), "room again, offer " + i);
        }
        pipeline.close();
        PipelineStats stats = pipeline.stats();
        assertEquals(floodOffers + 50 + 1 + 40, stats.offered());
        assertEquals(floodDropped.get() + 1, stats.dropped(), "every drop counted by the engine");
        assertEquals(130, stats.processed());
    }

    /** Waits (a bounded time) until the writer has processed {@code inputs}: a condition, not a guess of its speed. */
    private static void awaitProcessed(Pipeline pipeline, long inputs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pipeline.stats().processed() < inputs) {
            assertTrue(System.nanoTime() < deadline, "processed " + pipeline.stats().processed() + " of " + inputs);
            Thread.sleep(5);
        }
    }

    @Test
    void aWaitingOfferGivesUpAfterItsTimeOrWhenTheEngineCloses() throws InterruptedException {
        Pipeline pipeline = pipeline(new PipelineSettings(4, 0, 0, 60_000));
        Ingest.Lane lane = pipeline.lane(2);
        VmsReport report = new VmsReport("NT-90123-TS", null, T0, 11.3, 109.5, 5, 90);
        assertTrue(lane.offer(report, 0, TimeUnit.SECONDS));
        assertTrue(lane.offer(report, 0, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertFalse(lane.offer(report, 50, TimeUnit.MILLISECONDS), "the writer is not started: no room comes");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50));
        assertEquals(1, pipeline.stats().dropped());

        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> lane.offer(report, 1, TimeUnit.SECONDS));
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is reported once, as the exception");

        pipeline.start();
        pipeline.close();
        assertFalse(lane.offer(report, 1, TimeUnit.SECONDS), "a closed engine takes nothing, at once");
        assertEquals(2, pipeline.stats().processed());
        assertEquals(5, pipeline.stats().offered());
        assertEquals(3, pipeline.stats().dropped());
    }
}
