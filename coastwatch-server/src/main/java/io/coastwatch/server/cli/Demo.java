package io.coastwatch.server.cli;

import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.HttpVmsSink;
import io.coastwatch.sim.emit.RecordsWriter;
import io.coastwatch.sim.emit.TcpServerSink;
import io.coastwatch.sim.fleet.Fleet;
import io.coastwatch.sim.fleet.FleetBuilder;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-command demo: the server on an embedded SQLite store in a data folder, with the demo zones,
 * the simulated fleet's registry and departure records and the default rules, fed by the simulator
 * in the same process, as a real deployment is fed: AIS over a TCP feed the server connects to, VMS
 * reports posted to its HTTP endpoint with a bearer token. Beside {@code admin}, the command's commander
 * and two stations' officers ({@link DemoAccounts}) show what a role in a unit sees and does.
 *
 * <p>The scenario starts now and runs faster than real time ({@code speed}), so alerts whose dwell
 * time is hours show within minutes; event times therefore run ahead of the wall clock.
 *
 * <p>Life cycle: {@link #start}, then {@link #close} (or Ctrl-C, which closes the server through
 * Spring's shutdown hook: {@link #awaitClose} returns and the caller closes the demo).
 */
final class Demo implements AutoCloseable {
    /** The file in the data folder that keeps the generated administrator password between runs. */
    static final String PASSWORD_FILE = "demo-admin-password";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final long FEED_CONNECT_TIMEOUT_MILLIS = 30_000;

    private final RunningServer server;
    private final TcpServerSink feed;
    private final HttpVmsSink vms;
    private final Thread simulator;
    private final CompletableFuture<Simulator.Result> simulated;
    private final String password;
    private final Map<String, String> officers;

    private Demo(RunningServer server, TcpServerSink feed, HttpVmsSink vms, Thread simulator,
            CompletableFuture<Simulator.Result> simulated, String password, Map<String, String> officers) {
        this.server = server;
        this.feed = feed;
        this.vms = vms;
        this.simulator = simulator;
        this.simulated = simulated;
        this.password = password;
        this.officers = officers;
    }

    /**
     * What to run.
     *
     * @param bindAddress the address the HTTP server listens on ({@code 127.0.0.1}: this machine only)
     * @param port HTTP port, 0 for any free one
     * @param dataDir the data folder (created when missing)
     * @param scenario the scenario, already set to start now and at its speed
     * @param givenPassword the administrator password to use ({@code COASTWATCH_ADMIN_PASSWORD}), or
     *     {@code null} to use the one kept in the data folder, generated on the first run
     * @param log where progress and the simulator's delivery errors go
     */
    record Settings(String bindAddress, int port, Path dataDir, Scenario scenario, String givenPassword, PrintStream log) {
    }

    /** Starts everything; returns once the server serves and the simulator is sending. */
    static Demo start(Settings settings) throws IOException, InterruptedException {
        Path dataDir = settings.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        String password = settings.givenPassword() == null || settings.givenPassword().isBlank()
                ? keptPassword(dataDir) : settings.givenPassword();
        Scenario scenario = settings.scenario();
        Fleet fleet = new FleetBuilder(scenario, Area.demo()).build();
        Path records = dataDir.resolve("demo-records.json");
        RecordsWriter.write(records, fleet.vessels(), LocalDate.ofInstant(scenario.start().plus(scenario.duration()),
                ZoneOffset.UTC).plusYears(1));

        TcpServerSink feed = new TcpServerSink(InetAddress.getLoopbackAddress(), 0);
        // Simulated time runs ahead of the wall clock, by up to the scenario's length: the server takes it.
        String ahead = scenario.duration().plusMinutes(10).toString();
        List<String> arguments = new ArrayList<>(List.of(
                "--coastwatch.source-defaults.max-ahead=" + ahead,
                "--coastwatch.vms.max-ahead=" + ahead,
                "--coastwatch.engine.clock-max-ahead=" + ahead,
                "--server.address=" + settings.bindAddress(),
                "--server.port=" + settings.port(),
                "--coastwatch.data-dir=" + dataDir,
                "--coastwatch.admin.password=" + password,
                "--coastwatch.zones.seed=demo",
                "--coastwatch.organisation.seed=demo",
                "--coastwatch.command-line-sources[0]=tcp://127.0.0.1:" + feed.port()));
        RunningServer server;
        try {
            server = RunningServer.start(arguments);
        } catch (RuntimeException e) {
            feed.close();
            throw e;
        }
        try {
            if (!feed.awaitClients(1, FEED_CONNECT_TIMEOUT_MILLIS)) {
                throw new IOException("the server did not connect to the simulator's feed within "
                        + FEED_CONNECT_TIMEOUT_MILLIS / 1000 + " s");
            }
            URI base = URI.create("http://127.0.0.1:" + server.port());
            String token = issueToken(base, password);
            importRecords(base, token, records);
            Map<String, String> officers = DemoAccounts.ensure(base, token, dataDir);
            HttpVmsSink vms = new HttpVmsSink(base.resolve("/api/v1/vms"), token, settings.log());
            Path truth = dataDir.resolve("demo-truth.csv");
            CompletableFuture<Simulator.Result> simulated = new CompletableFuture<>();
            Thread simulator = Thread.ofPlatform().name("demo-simulator").start(() -> simulate(scenario, fleet,
                    new Simulator.Outputs(feed, vms, truth, null), settings.log(), simulated));
            return new Demo(server, feed, vms, simulator, simulated, password, officers);
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            feed.close();
            throw e;
        }
    }

    private static void simulate(Scenario scenario, Fleet fleet, Simulator.Outputs outputs, PrintStream log,
            CompletableFuture<Simulator.Result> simulated) {
        try {
            Simulator.Result result = new Simulator(scenario, Area.demo(), false).run(fleet, outputs);
            if (!result.interrupted()) {
                log.printf("coastwatch demo: the scenario has ended (%d AIS messages, %d VMS reports)%n",
                        result.transmitted(), result.vmsReports());
            }
            simulated.complete(result);
        } catch (IOException | RuntimeException e) {
            log.println("coastwatch demo: the simulator stopped: " + e.getMessage());
            simulated.completeExceptionally(e);
        }
    }

    /** The administrator password kept in the data folder; generated and kept on the first run. */
    private static String keptPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
        return password;
    }

    /** Issues a bearer token for the simulator's VMS reports, as an API client would: Basic auth. */
    private static String issueToken(URI base, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"demo simulator VMS\",\"expiresInDays\":1}"))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(response.body());
            if (response.statusCode() != 201 || !token.find()) {
                throw new IOException("cannot log in as admin (HTTP " + response.statusCode() + "): the data folder"
                        + " was made with another password; set COASTWATCH_ADMIN_PASSWORD to it, or use a new --data");
            }
            return token.group(1);
        }
    }

    /**
     * Imports the fleet's registry and this run's departure records, as port control would enter them
     * (each run starts now, so its departures are new).
     */
    private static void importRecords(URI base, String token, Path records) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/registry/vessels/import"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(records))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("the server refused the demo registry (HTTP " + response.statusCode() + "): "
                        + response.body());
            }
        }
    }

    /** The console's address. */
    URI consoleAddress(String bindAddress) {
        String host = bindAddress.equals("127.0.0.1") || bindAddress.equals("0.0.0.0") ? "localhost" : bindAddress;
        return URI.create("http://" + host + ":" + server.port() + "/");
    }

    int port() {
        return server.port();
    }

    String password() {
        return password;
    }

    /** The demo officers' usernames and passwords ({@link DemoAccounts#OFFICERS}' order). */
    Map<String, String> officers() {
        return officers;
    }

    /**
     * The simulator's run, once its scenario has ended (with its ground truth); fails when the simulator
     * stopped on an error.
     */
    CompletableFuture<Simulator.Result> simulation() {
        return simulated;
    }

    /** Blocks until the server is closed (Ctrl-C or {@link #close}). */
    void awaitClose() throws InterruptedException {
        server.awaitClose();
    }

    /** Stops the simulator, then the server. */
    @Override
    public void close() throws IOException, InterruptedException {
        simulator.interrupt();
        simulator.join(Duration.ofSeconds(10));
        vms.close();
        feed.close();
        server.close();
    }
}
