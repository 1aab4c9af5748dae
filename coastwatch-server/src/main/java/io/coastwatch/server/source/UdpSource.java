package io.coastwatch.server.source;

import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

/**
 * Listens for datagrams on {@code udp://[host]:port}; each datagram holds one or more lines (a line
 * never spans datagrams). A datagram from a peer outside the allowed peers is dropped and counted
 * ({@link Refusal#PEER_NOT_ALLOWED}). UDP cannot hold its sender back: what the source's share of the
 * engine's queue cannot take is dropped and counted, and datagrams the socket buffer cannot hold are
 * lost by the operating system.
 */
final class UdpSource extends FeedSource {
    private static final int MAX_DATAGRAM = 65_535;
    private volatile int boundPort = -1;

    UdpSource(String id, SourceUri uri, Ingest ingest, SourceSettings settings) {
        super(id, uri, ingest, settings);
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
        LineChannel channel = newDroppingChannel();
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        InetAddress lastAllowed = null;
        try {
            while (!stopped()) {
                packet.setLength(buffer.length);
                socket.receive(packet);
                InetAddress peer = packet.getAddress();
                if (!peer.equals(lastAllowed)) {
                    if (!settings().allowedPeers().allows(peer)) {
                        stats().refused(Refusal.PEER_NOT_ALLOWED);
                        stats().noteRefusal("refused a datagram from " + peer.getHostAddress()
                                + ": not an allowed peer (" + settings().allowedPeers() + ")");
                        continue;
                    }
                    lastAllowed = peer;
                }
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
