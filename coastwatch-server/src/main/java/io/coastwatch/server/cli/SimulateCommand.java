package io.coastwatch.server.cli;

import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.FileVmsSink;
import io.coastwatch.sim.emit.HttpVmsSink;
import io.coastwatch.sim.emit.NmeaSink;
import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.emit.TcpClientSink;
import io.coastwatch.sim.emit.TcpServerSink;
import io.coastwatch.sim.emit.UdpSink;
import io.coastwatch.sim.emit.VmsSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coastwatch simulate}: runs a traffic scenario and sends its AIS NMEA to a file, a TCP
 * server, TCP clients or UDP; its VMS reports to an HTTP endpoint or a file; and writes the ground
 * truth of its scripted events.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a traffic scenario (YAML or JSON; 'demo' for the built-in Ninh Thuan demo, 'load-100k'",
            "for 100k vessels at standard rates) and sends",
            "AIS NMEA with c:/s: tag blocks to standard output, a file (.gz compressed), a TCP server,",
            "TCP clients or UDP; VMS reports to an HTTP endpoint or a file; the ground truth to a file.",
            "Same scenario and seed, same bytes."
        })
final class SimulateCommand implements Callable<Integer> {
    private static final long STOP_WAIT_SECONDS = 10;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = "demo",
            description = "Scenario file, or a built-in one: 'demo' (default), 'load-100k'.")
    String scenario;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    NmeaTarget nmeaTarget = new NmeaTarget();

    static final class NmeaTarget {
        @Option(names = "--out", paramLabel = "FILE", description = "Write NMEA to FILE (gzip when it ends in .gz).")
        Path file;

        @Option(names = "--tcp", paramLabel = "HOST:PORT", converter = HostPortConverter.class,
                description = "Connect to a TCP server (a Coastwatch TCP source) and send NMEA to it.")
        HostPort tcp;

        @Option(names = "--listen", paramLabel = "PORT", description = "Serve NMEA to TCP clients on PORT (loopback only unless --bind says otherwise).")
        Integer listenPort;

        @Option(names = "--udp", paramLabel = "HOST:PORT", converter = HostPortConverter.class, description = "Send NMEA as UDP datagrams.")
        HostPort udp;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    VmsTarget vmsTarget = new VmsTarget();

    static final class VmsTarget {
        @Option(names = "--vms-url", paramLabel = "URL", description = "POST VMS reports as JSON arrays to URL.")
        URI url;

        @Option(names = "--vms-out", paramLabel = "FILE", description = "Write VMS reports to FILE, one JSON array per line.")
        Path file;
    }

    @Option(names = "--vms-token", paramLabel = "TOKEN", defaultValue = "${env:COASTWATCH_VMS_TOKEN}",
            description = "Bearer token sent with --vms-url (a Coastwatch API token of an operator; default: $COASTWATCH_VMS_TOKEN).")
    String vmsToken;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address --listen binds to (default: ${DEFAULT-VALUE}).")
    String bindAddress;

    @Option(names = "--truth", paramLabel = "FILE", description = "Write the ground truth of the scripted events (CSV, or JSON for .json).")
    Path truth;

    @Option(names = "--records", paramLabel = "FILE", description = "Write the fleet registry and departure records (JSON).")
    Path records;

    @Option(names = "--speed", paramLabel = "X", description = "Simulated seconds per second (default: the scenario's).")
    Double speed;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Simulated length, e.g. 90m, 48h, PT2H (default: the scenario's).")
    Duration duration;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default: the scenario's).")
    Long seed;

    @Option(names = "--as-fast-as-possible", description = "Do not wait for the wall clock (for files and benchmarks).")
    boolean asFastAsPossible;

    private final OutputStream stdout;
    private final PrintStream stderr;

    SimulateCommand() {
        this(new FileOutputStream(FileDescriptor.out), System.err);
    }

    SimulateCommand(OutputStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        Scenario loaded;
        try {
            ScenarioLoader loader = new ScenarioLoader();
            loaded = loader.loadFileOrBuiltIn(scenario);
            loaded = loaded.with(seed, speed, duration);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            stderr.println("coastwatch simulate: " + e.getMessage());
            return 2;
        }
        // Ctrl-C stops the run where it is; the ground truth and records are still written.
        Thread runner = Thread.currentThread();
        CountDownLatch written = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            runner.interrupt();
            try {
                written.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulate-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try (NmeaSink nmea = openNmea(); VmsSink vms = openVms()) {
            long wallStart = System.nanoTime();
            Simulator.Result result = new Simulator(loaded, Area.demo(), asFastAsPossible)
                    .run(new Simulator.Outputs(nmea, vms, truth, records));
            stderr.printf("coastwatch simulate: %s, seed %d, %s simulated in %.1f s%s: %d vessels, %d AIS messages sent,"
                            + " %d lost, %d NMEA lines, %d VMS reports, %d ground-truth events%n",
                    loaded.name(), loaded.seed(), Duration.ofMillis(result.endMillis() - loaded.start().toEpochMilli()),
                    (System.nanoTime() - wallStart) / 1e9, result.interrupted() ? " (stopped)" : "",
                    result.fleet().vessels().size(), result.transmitted(), result.lost(), result.lines(),
                    result.vmsReports(), result.truth().size());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            stderr.println("coastwatch simulate: " + e.getMessage());
            return 1;
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // shutting down already: the hook is running
            }
        }
    }

    private NmeaSink openNmea() throws IOException {
        if (nmeaTarget.file != null) {
            return StreamSink.toFile(nmeaTarget.file);
        }
        if (nmeaTarget.tcp != null) {
            return new TcpClientSink(nmeaTarget.tcp.host(), nmeaTarget.tcp.port());
        }
        if (nmeaTarget.listenPort != null) {
            TcpServerSink server = new TcpServerSink(InetAddress.getByName(bindAddress), nmeaTarget.listenPort);
            stderr.println("coastwatch simulate: serving NMEA on " + bindAddress + ":" + server.port());
            return server;
        }
        if (nmeaTarget.udp != null) {
            return new UdpSink(nmeaTarget.udp.host(), nmeaTarget.udp.port());
        }
        return new StreamSink(stdout);
    }

    private VmsSink openVms() throws IOException {
        if (vmsTarget.url != null) {
            return new HttpVmsSink(vmsTarget.url, vmsToken, stderr);
        }
        if (vmsTarget.file != null) {
            return new FileVmsSink(vmsTarget.file);
        }
        return null;
    }

    /** A host and a port, from {@code host:port}. */
    record HostPort(String host, int port) {
    }

    static final class HostPortConverter implements ITypeConverter<HostPort> {
        @Override
        public HostPort convert(String value) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new IllegalArgumentException("expected HOST:PORT, got '" + value + "'");
            }
            int port;
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port: " + value.substring(colon + 1));
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return new HostPort(value.substring(0, colon), port);
        }
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return ScenarioLoader.parseDuration(value);
        }
    }
}
