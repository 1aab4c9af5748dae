package io.coastwatch.sim;

import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.scenario.Area;
import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() throws Exception {
        Scenario s = new ScenarioLoader().loadDemo().with(null, null, Duration.ofHours(Long.getLong("h", 6)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long b0 = System.nanoTime();
        Area area = Area.demo();
        System.out.println("area ms " + (System.nanoTime() - b0) / 1_000_000);
        new io.coastwatch.sim.fleet.FleetBuilder(s, area).build();
        System.out.println("build ms " + (System.nanoTime() - b0) / 1_000_000);
        long t0 = System.nanoTime();
        Simulator.Result r = new Simulator(s, Area.demo(), true).run(new Simulator.Outputs(new StreamSink(out), null, null, null));
        System.out.println("ms " + (System.nanoTime() - t0) / 1_000_000 + " lines " + r.lines() + " tx " + r.transmitted() + " lost " + r.lost() + " vessels " + r.fleet().vessels().size());
        r.truth().forEach(System.out::println);
        System.out.println(out.toString().lines().limit(20).reduce("", (a, b) -> a + b + "\n"));
    }
}
