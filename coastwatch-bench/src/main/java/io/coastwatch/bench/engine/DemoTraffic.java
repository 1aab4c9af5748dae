package io.coastwatch.bench.engine;

import io.coastwatch.sim.Simulator;
import io.coastwatch.sim.emit.NmeaSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Ninh Thuận demo scenario's traffic for the rule benchmarks: its NMEA lines (every vessel within
 * the demo zones, scripted events included) and its fleet's registry records. Stateless.
 */
public final class DemoTraffic {
    private DemoTraffic() {
    }

    /** The NMEA lines of {@code duration} of the demo, as fast as possible; the records go to {@code records}. */
    public static List<String> lines(Duration duration, Path records) throws IOException {
        Scenario scenario = new ScenarioLoader().loadDemo().with(null, null, duration);
        List<String> lines = new ArrayList<>();
        new Simulator(scenario, Area.demo(), true).run(new Simulator.Outputs(new NmeaSink() {
            @Override
            public void write(String line) {
                lines.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, null, null, records));
        return lines;
    }
}
