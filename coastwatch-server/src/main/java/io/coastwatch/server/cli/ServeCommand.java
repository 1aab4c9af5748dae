package io.coastwatch.server.cli;

import io.coastwatch.server.source.SourceUri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code coastwatch serve}: starts the server (Spring Boot) and runs until it is stopped (SIGTERM or
 * Ctrl-C close it cleanly: sources stopped, positions flushed, store closed).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the Coastwatch server: sources, vessel state, history store, REST and WebSocket API.",
            "Sources are URIs, as gpsd takes its devices: tcp://host:port (connect to a feed),",
            "tcp-listen://[host]:port (receivers push to us), udp://[host]:port, file:///path[?speed=X] (replay)."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1, this"
            + " machine only, as server.address in the configuration; 0.0.0.0: every interface — then put TLS in front,"
            + " see docs/access.md).")
    String bindAddress;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory, where the SQLite file lives (default ./data).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML or properties file read after the built-in application.yml.")
    Path config;

    @Option(names = "--source", paramLabel = "URI", arity = "1..*", description = "Feed sources (repeatable).")
    List<String> sources = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        RunningServer.start(springArguments()).awaitClose();
        return 0;
    }

    /** The Spring Boot arguments the options make; a {@link ParameterException} for a bad option. */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (bindAddress != null) {
            if (!bindAddress.matches("[0-9A-Fa-f.:]+|localhost")) {
                throw new ParameterException(spec.commandLine(), "--bind takes an IP address (127.0.0.1, 0.0.0.0, ::1), not "
                        + bindAddress);
            }
            args.add("--server.address=" + bindAddress);
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
            }
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--coastwatch.data-dir=" + dataDir.toAbsolutePath());
        }
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ParameterException(spec.commandLine(), "no such configuration file: " + config);
            }
            args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
        }
        for (int i = 0; i < sources.size(); i++) {
            try {
                SourceUri.parse(sources.get(i));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--source: " + e.getMessage());
            }
            args.add("--coastwatch.command-line-sources[" + i + "]=" + sources.get(i));
        }
        return args;
    }
}
