package io.coastwatch.server.source;

import io.coastwatch.ais.AisMessageHandler;
import io.coastwatch.engine.pipeline.Ingest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/**
 * Replays a file of NMEA lines ({@code file:///path[?speed=X]}, {@code .gz} decompressed). Messages
 * with a tag-block time are paced: the gap between two messages' event times, divided by the speed
 * factor, is waited in wall time. Speed 0 replays as fast as the engine takes it. Ends in
 * {@link SourceState#FINISHED}.
 */
final class FileReplaySource extends FeedSource {

    FileReplaySource(String id, SourceUri uri, Ingest ingest) {
        super(id, uri, ingest);
    }

    @Override
    protected void run() {
        stats().state(SourceState.CONNECTED);
        stats().connected();
        LineChannel channel = newChannel(uri().speedFactor() > 0 ? new Pacing(uri().speedFactor()) : null);
        try (InputStream in = closeOnStop(open())) {
            channel.readAll(in);
            stats().state(SourceState.FINISHED);
        } catch (IOException | PacingInterrupted e) {
            if (!stopped()) {
                stats().failed(SourceState.FAILED, "cannot read " + uri().file() + ": " + e.getMessage());
            }
        } finally {
            channel.close();
        }
    }

    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(uri().file()), 1 << 16);
        return uri().file().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Thrown out of the decoder when a paced replay is stopped while it waits. */
    private static final class PacingInterrupted extends RuntimeException {
        PacingInterrupted() {
            super("stopped", null, false, false);
        }
    }

    /** Waits so that event time advances at {@code speed} times wall time. */
    private static final class Pacing implements AisMessageHandler {
        private final double speed;
        private long firstEventMillis = Long.MIN_VALUE;
        private long firstWallNanos;

        Pacing(double speed) {
            this.speed = speed;
        }

        @Override
        public void onMessage(io.coastwatch.ais.message.AisMessage message, io.coastwatch.ais.Reception reception) {
            if (!reception.hasTagBlockTime()) {
                return;
            }
            long event = reception.eventTimeMillis();
            if (firstEventMillis == Long.MIN_VALUE) {
                firstEventMillis = event;
                firstWallNanos = System.nanoTime();
                return;
            }
            long dueNanos = firstWallNanos + (long) ((event - firstEventMillis) * 1_000_000L / speed);
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 0) {
                try {
                    Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
                } catch (InterruptedException e) {
                    throw new PacingInterrupted();
                }
            }
        }
    }
}
