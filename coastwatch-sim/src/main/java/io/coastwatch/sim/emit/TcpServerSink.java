package io.coastwatch.sim.emit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Serves the NMEA lines to every TCP client that connects (like a receiver's or an aggregator's
 * feed port). Lines written while no client is connected are not kept; a client that fails is
 * dropped. An accept thread adds clients; the simulation thread writes.
 * {@link #awaitClients} lets a run wait for its first listener.
 */
public final class TcpServerSink implements NmeaSink {
    private final ServerSocket server;
    private final List<Client> clients = new ArrayList<>();
    private final Thread acceptor;

    private record Client(Socket socket, OutputStream out) {
    }

    /**
     * Listens on {@code port} (0 for any free port) of {@code bindAddress}.
     */
    public TcpServerSink(InetAddress bindAddress, int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bindAddress, port));
        acceptor = Thread.ofPlatform().daemon().name("sim-tcp-accept").start(this::acceptLoop);
    }

    /** The port listened on. */
    public int port() {
        return server.getLocalPort();
    }

    /** Waits until at least {@code count} clients are connected, or {@code timeoutMillis} passes. */
    public boolean awaitClients(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        synchronized (clients) {
            while (clients.size() < count) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                clients.wait(left);
            }
            return true;
        }
    }

    @Override
    public void write(String line) {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.US_ASCII);
        synchronized (clients) {
            for (Iterator<Client> it = clients.iterator(); it.hasNext(); ) {
                Client client = it.next();
                try {
                    client.out().write(bytes);
                } catch (IOException e) {
                    closeQuietly(client.socket());
                    it.remove();
                }
            }
        }
    }

    @Override
    public void flush() {
        synchronized (clients) {
            for (Iterator<Client> it = clients.iterator(); it.hasNext(); ) {
                Client client = it.next();
                try {
                    client.out().flush();
                } catch (IOException e) {
                    closeQuietly(client.socket());
                    it.remove();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        flush();
        synchronized (clients) {
            for (Client client : clients) {
                closeQuietly(client.socket());
            }
            clients.clear();
        }
        try {
            acceptor.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                synchronized (clients) {
                    clients.add(new Client(socket, new BufferedOutputStream(socket.getOutputStream(), 1 << 16)));
                    clients.notifyAll();
                }
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the client is gone either way
        }
    }
}
