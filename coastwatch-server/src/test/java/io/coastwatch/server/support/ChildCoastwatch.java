package io.coastwatch.server.support;

import io.coastwatch.server.cli.CoastwatchCli;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code coastwatch} command run as a child process of the test (the test's own class path), with
 * its output in a log file: for the tests of what a user runs (serve, demo) and of how it stops.
 */
public final class ChildCoastwatch {
    private ChildCoastwatch() {
    }

    /** Starts {@code coastwatch ARGUMENTS…} with these extra environment variables. */
    public static Process start(List<String> arguments, Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CoastwatchCli.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits until the child's server answers its health check on {@code port}; fails if it exits. */
    public static Api awaitUp(int port, Process process, Path log) {
        Api api = new Api(port);
        Await.until("server up (log: " + log + ")", Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("server exited: " + read(log));
            }
            try {
                return api.get("/actuator/health").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        return api;
    }

    /** The log's text (or the error reading it). */
    public static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A loopback port free now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
