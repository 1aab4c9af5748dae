package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Semaphore;

/**
 * Listens on {@code tcp-listen://[host]:port}; each receiver that connects pushes lines, read on its
 * own virtual thread with its own decoder. At most {@code maxConnectionsPerListener} at once: further
 * connections are closed at once. A connection silent for the idle timeout is closed.
 */
final class TcpListenSource extends FeedSource {
    private final SourceSettings settings;
    private final Semaphore slots;
    private volatile int boundPort = -1;

    TcpListenSource(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        super(id, uri, ingest);
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConnectionsPerListener());
    }

    /** The port bound (useful when the URI asked for port 0), or -1 before binding. */
    int boundPort() {
        return boundPort;
    }

    @Override
    protected void run() {
        ServerSocket server;
        try {
            server = closeOnStop(new ServerSocket());
            server.setReuseAddress(true);
            server.bind(uri().socketAddress());
        } catch (IOException e) {
            stats().failed(SourceState.FAILED, "cannot listen on " + uri().text() + ": " + e.getMessage());
            return;
        }
        boundPort = server.getLocalPort();
        stats().state(SourceState.LISTENING);
        while (!stopped()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!stopped()) {
                    stats().failed(SourceState.FAILED, "accept failed: " + e.getMessage());
                }
                return;
            }
            if (!slots.tryAcquire()) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // refused: nothing more to do
                }
                continue;
            }
            stats().connected();
            Thread.ofVirtual().name("source-" + id() + "-" + socket.getRemoteSocketAddress()).start(() -> serve(socket));
        }
    }

    private void serve(Socket socket) {
        closeOnStop(socket);
        LineChannel channel = newChannel(null);
        try {
            socket.setSoTimeout((int) settings.idleTimeout().toMillis());
            channel.readAll(socket.getInputStream());
        } catch (IOException e) {
            // the receiver went away or fell silent: its counts stay in the statistics
        } finally {
            channel.close();
            release(socket);
            slots.release();
        }
    }
}
