package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Listens on {@code tcp-listen://[host]:port}; each receiver that connects pushes lines, read on its
 * own virtual thread with its own decoder. A connection is refused at once, and counted by
 * {@link Refusal}, when its peer is not among the allowed peers, when the peer already holds its
 * connections ({@link SourceSettings#maxConnectionsPerPeer}), or when the listener holds its most
 * ({@link SourceSettings#maxConnectionsPerListener}): so idle sockets from elsewhere, or from one
 * peer, cannot take the places of the receivers. A connection silent for the idle timeout is closed.
 */
final class TcpListenSource extends FeedSource {
    private final Semaphore slots;
    /** Connections open per peer address; an entry is removed when its last connection closes. */
    private final Map<InetAddress, Integer> perPeer = new ConcurrentHashMap<>();
    private volatile int boundPort = -1;

    TcpListenSource(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        super(id, uri, ingest, settings);
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
            Refusal refusal = admit(socket.getInetAddress());
            if (refusal != null) {
                refuse(socket, refusal);
                continue;
            }
            stats().connected();
            Thread.ofVirtual().name("source-" + id() + "-" + socket.getRemoteSocketAddress()).start(() -> serve(socket));
        }
    }

    /** Takes a slot of the listener and of the peer; the refusal when there is none. */
    private Refusal admit(InetAddress peer) {
        if (!settings().allowedPeers().allows(peer)) {
            return Refusal.PEER_NOT_ALLOWED;
        }
        int limit = settings().maxConnectionsPerPeer();
        boolean[] full = {false};
        perPeer.compute(peer, (address, open) -> {
            int now = open == null ? 0 : open;
            full[0] = now >= limit;
            return full[0] ? open : now + 1;
        });
        if (full[0]) {
            return Refusal.PEER_FULL;
        }
        if (!slots.tryAcquire()) {
            leave(peer);
            return Refusal.LISTENER_FULL;
        }
        return null;
    }

    private void leave(InetAddress peer) {
        perPeer.computeIfPresent(peer, (address, open) -> open > 1 ? open - 1 : null);
    }

    private void refuse(Socket socket, Refusal refusal) {
        stats().refused(refusal);
        stats().noteRefusal("refused a connection from " + socket.getInetAddress().getHostAddress() + ": " + switch (refusal) {
            case PEER_NOT_ALLOWED -> "not an allowed peer (" + settings().allowedPeers() + ")";
            case PEER_FULL -> "it holds " + settings().maxConnectionsPerPeer() + " connections already";
            case LISTENER_FULL -> "the listener holds " + settings().maxConnectionsPerListener() + " connections";
            case IN_THE_FUTURE -> throw new IllegalArgumentException("not a connection's refusal");
        });
        try {
            socket.close();
        } catch (IOException ignored) {
            // refused: nothing more to do
        }
    }

    private void serve(Socket socket) {
        closeOnStop(socket);
        LineChannel channel = newWaitingChannel();
        try {
            socket.setSoTimeout((int) settings().idleTimeout().toMillis());
            channel.readAll(socket.getInputStream());
        } catch (IOException | LineChannel.Stopped e) {
            // the receiver went away, fell silent, or the source is stopping: its counts stay in the statistics
        } finally {
            channel.close();
            release(socket);
            slots.release();
            leave(socket.getInetAddress());
        }
    }
}
