package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running feed source: reads lines on its own virtual thread(s) and offers decoded messages to the
 * engine. {@link #start()} once, {@link #stop()} once; both thread-safe. Subclasses implement
 * {@link #run()} and register what blocks (sockets) with {@link #closeOnStop} so that stopping
 * unblocks them.
 */
public abstract class FeedSource {
    private final String id;
    private final SourceUri uri;
    private final Ingest ingest;
    private final SourceStats stats = new SourceStats();
    private final Set<Closeable> blocking = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;
    private Thread thread;

    protected FeedSource(String id, SourceUri uri, Ingest ingest) {
        this.id = id;
        this.uri = uri;
        this.ingest = ingest;
    }

    /** Creates the source that {@code uri} describes (not started). */
    public static FeedSource create(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        return switch (uri.kind()) {
            case TCP_CLIENT -> new TcpClientSource(id, uri, ingest, settings);
            case TCP_LISTEN -> new TcpListenSource(id, uri, ingest, settings);
            case UDP -> new UdpSource(id, uri, ingest);
            case FILE -> new FileReplaySource(id, uri, ingest);
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

    /** Starts the source's thread. */
    public final synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("source " + id + " already started");
        }
        thread = Thread.ofVirtual().name("source-" + id).start(() -> {
            try {
                run();
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

    /** A new decoding channel that joins this source's statistics. */
    protected final LineChannel newChannel(io.coastwatch.ais.AisMessageHandler pacing) {
        return new LineChannel(id, ingest, stats, pacing);
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
