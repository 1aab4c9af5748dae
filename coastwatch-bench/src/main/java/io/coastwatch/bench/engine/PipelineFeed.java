package io.coastwatch.bench.engine;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.engine.pipeline.Pipeline;
import java.util.concurrent.locks.LockSupport;

/**
 * Feeds NMEA lines to a pipeline as a source would, decoding on the calling thread, but waiting for
 * room (50 µs at a time) when the queue is full rather than drop, so that benchmarks process every
 * sentence. Stateless.
 */
public final class PipelineFeed {
    private static final long QUEUE_FULL_BACKOFF_NANOS = 50_000;

    private PipelineFeed() {
    }

    /** Decodes every line (receive time 0: the tag blocks give the time) and offers its messages. */
    public static void decodeInto(Pipeline pipeline, Iterable<String> lines) {
        AisDecoder decoder = new AisDecoder("bench", (message, reception) -> {
            while (!pipeline.offer(message, reception)) {
                LockSupport.parkNanos(QUEUE_FULL_BACKOFF_NANOS);
            }
        });
        for (String line : lines) {
            decoder.decode(line, 0L);
        }
    }
}
