package io.coastwatch.server.source;

import io.coastwatch.ais.AisMessageHandler;
import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.pipeline.Ingest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Replays a file of NMEA lines ({@code file:///path[?speed=X]}, {@code .gz} decompressed). Messages
 * with a tag-block time are paced: the gap between two messages' event times, divided by the speed
 * factor, is waited in wall time. Speed 0 replays as fast as the engine takes it: the replay waits for
 * room in the engine's queue, so nothing is dropped. The file must be a regular file, inside a replay
 * folder when the source was added through the API. Ends in {@link SourceState#FINISHED}.
 */
final class FileReplaySource extends FeedSource {
    private final ReplayFolders folders;

    FileReplaySource(String id, SourceUri uri, Ingest ingest, SourceSettings settings, ReplayFolders folders) {
        super(id, uri, ingest, settings);
        this.folders = folders;
    }

    @Override
    protected void run() {
        Path file;
        try {
            file = folders.check(uri().file());
        } catch (IOException e) {
            stats().failed(SourceState.FAILED, "cannot replay " + e.getMessage());
            return;
        }
        stats().state(SourceState.CONNECTED);
        stats().connected();
        LineChannel channel = newReplayChannel(uri().speedFactor() > 0 ? new Pacing(uri().speedFactor()) : null);
        try (InputStream in = closeOnStop(open(file))) {
            channel.readAll(in);
            stats().state(SourceState.FINISHED);
        } catch (IOException | LineChannel.Stopped e) {
            if (!stopped()) {
                stats().failed(SourceState.FAILED, "cannot read " + uri().file() + ": " + e.getMessage());
            }
        } finally {
            channel.close();
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
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
        public void onMessage(AisMessage message, Reception reception) {
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
                    throw new LineChannel.Stopped();
                }
            }
        }
    }
}
