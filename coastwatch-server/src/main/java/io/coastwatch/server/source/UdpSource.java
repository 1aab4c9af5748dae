package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;

/**
 * Listens for datagrams on {@code udp://[host]:port}; each datagram holds one or more lines (a line
 * never spans datagrams). Datagrams the socket buffer cannot hold are lost by the operating system.
 */
final class UdpSource extends FeedSource {
    private static final int MAX_DATAGRAM = 65_535;
    private volatile int boundPort = -1;

    UdpSource(String id, SourceUri uri, Ingest ingest) {
        super(id, uri, ingest);
    }

    /** The port bound (useful when the URI asked for port 0), or -1 before binding. */
    int boundPort() {
        return boundPort;
    }

    @Override
    protected void run() {
        DatagramSocket socket;
        try {
            socket = closeOnStop(new DatagramSocket(uri().socketAddress()));
            socket.setReceiveBufferSize(4 << 20);
        } catch (IOException e) {
            stats().failed(SourceState.FAILED, "cannot listen on " + uri().text() + ": " + e.getMessage());
            return;
        }
        boundPort = socket.getLocalPort();
        stats().state(SourceState.LISTENING);
        LineChannel channel = newChannel(null);
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (!stopped()) {
                packet.setLength(buffer.length);
                socket.receive(packet);
                channel.readDatagram(buffer, packet.getLength());
            }
        } catch (IOException e) {
            if (!stopped()) {
                stats().failed(SourceState.FAILED, "receive failed: " + e.getMessage());
            }
        } finally {
            channel.close();
            release(socket);
        }
    }
}
