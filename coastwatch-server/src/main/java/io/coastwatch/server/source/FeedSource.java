package io.coastwatch.server.source;

import io.coastwatch.ais.AisMessageHandler;
import io.coastwatch.engine.pipeline.Ingest;
import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running feed source: reads lines on its own virtual thread(s) and offers decoded messages to the
 * engine through a lane of its own (its share of the engine's queue, {@link SourceSettings#queueShare}).
 * {@link #start()} once, {@link #stop()} once; both thread-safe. Subclasses implement {@link #run()}
 * and register what blocks (sockets) with {@link #closeOnStop} so that stopping unblocks them.
 */
public abstract class FeedSource {
    private final String id;
    private final SourceUri uri;
    private final SourceSettings settings;
    private final Ingest.Lane lane;
    private final SourceStats stats = new SourceStats();
    private final Set<Closeable> blocking = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;
    private Thread thread;

    /** @param settings the sources' settings with what {@code uri} overrides */
    protected FeedSource(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        this.id = id;
        this.uri = uri;
        this.settings = settings;
        this.lane = ingest.lane(settings.queueShare());
    }

    /**
     * Creates the source that {@code uri} describes (not started).
     *
     * @param settings the sources' settings; the URI's own override them
     * @param confined whether a file source must lie in the settings' replay folders (those added
     *     through the API); checked when the file is opened
     */
    public static FeedSource create(String id, SourceUri uri, Ingest ingest, SourceSettings settings,
            boolean confined) {
        SourceSettings effective = settings.with(uri.overrides());
        return switch (uri.kind()) {
            case TCP_CLIENT -> new TcpClientSource(id, uri, ingest, effective);
            case TCP_LISTEN -> new TcpListenSource(id, uri, ingest, effective);
            case UDP -> new UdpSource(id, uri, ingest, effective);
            case FILE -> new FileReplaySource(id, uri, ingest, effective,
                    confined ? new ReplayFolders(effective.replayFolders()) : ReplayFolders.ANYWHERE);
        };
    }

    public final String id() {
        return id;
    }

    public final SourceUri uri() {
        return uri;
    }

    public final SourceStats stats() {
        return stats;
    }

    /** The sources' settings with what this source's URI overrides. */
    protected final SourceSettings settings() {
        return settings;
    }

    /** Starts the source's thread. */
    public final synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("source " + id + " already started");
        }
        thread = Thread.ofVirtual().name("source-" + id).start(() -> {
            try {
                run();
            } catch (LineChannel.Stopped stopping) {
                // interrupted while waiting for the engine: the source is being stopped
            } catch (RuntimeException defect) {
                stats.failed(SourceState.FAILED, defect.toString());
                throw defect;
            }
            if (stopped) {
                stats.state(SourceState.STOPPED);
            }
        });
    }

    /** Stops the source: closes its sockets and files and waits (briefly) for its threads to end. */
    public final void stop() {
        stopped = true;
        for (Closeable closeable : blocking) {
            closeQuietly(closeable);
        }
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stats.state(SourceState.STOPPED);
    }

    /** Reads the source until it ends or is stopped. Runs on the source's own thread. */
    protected abstract void run();

    protected final boolean stopped() {
        return stopped;
    }

    /**
     * A new decoding channel of a stream that can be held back (a connection, whose sender TCP slows):
     * it waits for room in the engine's queue, and refuses messages stamped too far ahead.
     */
    protected final LineChannel newWaitingChannel() {
        return new LineChannel(id, lane, true, settings.maxAhead().toMillis(), stats, null);
    }

    /** A new decoding channel of datagrams: what the engine's queue cannot take is dropped and counted. */
    protected final LineChannel newDroppingChannel() {
        return new LineChannel(id, lane, false, settings.maxAhead().toMillis(), stats, null);
    }

    /**
     * A new decoding channel of a recording: it waits for room in the engine's queue, and takes the
     * recording's times as they are.
     *
     * @param pacing called before each message is offered (a replay sleeps there), or {@code null}
     */
    protected final LineChannel newReplayChannel(AisMessageHandler pacing) {
        return new LineChannel(id, lane, true, Long.MAX_VALUE, stats, pacing);
    }

    /** Registers something to close when the source stops; returns it. */
    protected final <T extends Closeable> T closeOnStop(T closeable) {
        blocking.add(closeable);
        if (stopped) {
            closeQuietly(closeable);
        }
        return closeable;
    }

    /** Closes and forgets something registered with {@link #closeOnStop}. */
    protected final void release(Closeable closeable) {
        blocking.remove(closeable);
        closeQuietly(closeable);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing to unblock or to clean up: nothing more to do
        }
    }
}
