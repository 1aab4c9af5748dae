package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Connects to a feed ({@code tcp://host:port}) and reads its lines; reconnects after a failure or a
 * disconnection, waiting {@link SourceSettings#backoff} for the failures in a row (counted afresh
 * once a connection delivers data). A connection silent for the idle timeout
 * is dropped and reopened. While the engine's queue has no room for this source the connection is not
 * read, so TCP holds the feed back.
 */
final class TcpClientSource extends FeedSource {

    TcpClientSource(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        super(id, uri, ingest, settings);
    }

    @Override
    protected void run() {
        SourceSettings settings = settings();
        int failuresInARow = 0;
        boolean first = true;
        while (!stopped()) {
            if (!first) {
                stats().reconnecting();
            }
            first = false;
            stats().state(SourceState.CONNECTING);
            long dataBefore = stats().lastDataMillis();
            Socket socket = closeOnStop(new Socket());
            LineChannel channel = null;
            try {
                socket.connect(uri().socketAddress(), 10_000);
                socket.setSoTimeout((int) settings.idleTimeout().toMillis());
                stats().connected();
                stats().state(SourceState.CONNECTED);
                channel = newWaitingChannel();
                channel.readAll(socket.getInputStream());
                stats().failed(SourceState.DISCONNECTED, "connection closed by the feed");
            } catch (SocketTimeoutException e) {
                stats().failed(SourceState.DISCONNECTED, "no data for " + settings.idleTimeout());
            } catch (IOException e) {
                stats().failed(SourceState.DISCONNECTED, e.toString());
            } finally {
                if (channel != null) {
                    channel.close();
                }
                release(socket);
            }
            failuresInARow = stats().lastDataMillis() != dataBefore ? 1 : failuresInARow + 1;
            if (!stopped()) {
                try {
                    Thread.sleep(settings.backoff(failuresInARow));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
