package io.coastwatch.sim;

import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.emit.VmsLine;
import io.coastwatch.sim.emit.VmsSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs scenarios as fast as possible into memory, for the tests. */
final class SimulationRuns {
    /** The demo area, read once per test class that asks. */
    static final Area AREA = Area.demo();

    /** Output of one run. */
    record Output(Simulator.Result result, String nmea, List<VmsLine> vms) {
    }

    private SimulationRuns() {
    }

    static Scenario demo(Duration duration) {
        return new ScenarioLoader().loadDemo().with(null, null, duration);
    }

    static Scenario parse(String yaml) throws IOException {
        return new ScenarioLoader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    static Output run(Scenario scenario, Path truth, Path records) throws IOException {
        ByteArrayOutputStream nmea = new ByteArrayOutputStream();
        List<VmsLine> vms = new ArrayList<>();
        VmsSink collect = new VmsSink() {
            @Override
            public void send(List<VmsLine> batch) {
                vms.addAll(batch);
            }

            @Override
            public void close() {
            }
        };
        Simulator.Result result = new Simulator(scenario, AREA, true)
                .run(new Simulator.Outputs(new StreamSink(nmea), collect, truth, records));
        return new Output(result, nmea.toString(StandardCharsets.US_ASCII), vms);
    }
}
