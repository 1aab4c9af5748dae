package io.coastwatch.sim.emit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * NMEA lines as UDP datagrams, one line (with CR LF) per datagram, as AIS receivers and OpenCPN
 * send them. UDP may drop datagrams; nothing is retried.
 */
public final class UdpSink implements NmeaSink {
    private final DatagramSocket socket;
    private final InetSocketAddress target;

    public UdpSink(String host, int port) throws IOException {
        socket = new DatagramSocket();
        target = new InetSocketAddress(host, port);
        if (target.isUnresolved()) {
            socket.close();
            throw new IOException("unknown host " + host);
        }
    }

    @Override
    public void write(String line) throws IOException {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(bytes, bytes.length, target));
    }

    @Override
    public void flush() {
        // every line is sent at once
    }

    @Override
    public void close() {
        socket.close();
    }
}
