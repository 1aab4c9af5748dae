package io.coastwatch.server.cli;

import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code coastwatch demo}: the server with the demo area, fed by the simulator, in one command (see
 * {@link Demo}). Runs until Ctrl-C.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the demo: the server on SQLite in a local data folder, with the demo zones, registry and default rules,",
            "fed by the traffic simulator (time accelerated by --speed). Prints the console's address and the login."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the console listens on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0: every interface).")
    String bindAddress;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data", description = "Data folder (default ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--speed", paramLabel = "X", description = "Simulated seconds per second (default: the scenario's, 60).")
    Double speed;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = ScenarioLoader.DEMO,
            description = "The scenario (default ${DEFAULT-VALUE}).")
    String scenarioName;

    private final PrintStream out;

    DemoCommand() {
        this(System.out);
    }

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
        }
        if (speed != null && !(speed > 0)) {
            throw new ParameterException(spec.commandLine(), "--speed must be above 0");
        }
        Scenario scenario;
        try {
            scenario = new ScenarioLoader().loadFileOrBuiltIn(scenarioName)
                    .startingAt(Instant.now().truncatedTo(ChronoUnit.MINUTES))
                    .with(null, speed, null);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--scenario: " + e.getMessage());
        }
        String givenPassword = System.getenv("COASTWATCH_ADMIN_PASSWORD");
        try (Demo demo = Demo.start(new Demo.Settings(bindAddress, port, dataDir, scenario, givenPassword, System.err))) {
            out.printf("%nCoastwatch demo / Bản trình diễn Coastwatch%n");
            out.printf("  console / bảng điều khiển: %s%n", demo.consoleAddress(bindAddress));
            out.printf("  login / đăng nhập:         admin / %s%n", givenPassword == null || givenPassword.isBlank()
                    ? demo.password() + "   (kept in " + dataDir.resolve(Demo.PASSWORD_FILE) + ")"
                    : "$COASTWATCH_ADMIN_PASSWORD");
            for (DemoAccounts.Officer officer : DemoAccounts.OFFICERS) {
                out.printf("                             %s / %s   (%s)%n", officer.username(),
                        demo.officers().get(officer.username()), officer.description());
            }
            out.printf("                             (kept in %s)%n", dataDir.resolve(DemoAccounts.FILE));
            out.printf("  scenario:                  %s, %.0f× real time; Ctrl-C stops%n%n", scenario.name(), scenario.speed());
            out.flush();
            demo.awaitClose();
        }
        return 0;
    }
}
