package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed: byte-identical NMEA, VMS, ground truth and records; another seed: other traffic. */
class DeterminismTest {

    @Test
    void theSameSeedGivesByteIdenticalOutput(@TempDir Path dir) throws Exception {
        Scenario scenario = SimulationRuns.demo(Duration.ofHours(3));
        System.out.println("seed " + scenario.seed());
        SimulationRuns.Output first = SimulationRuns.run(scenario, dir.resolve("t1.csv"), dir.resolve("r1.json"));
        SimulationRuns.Output second = SimulationRuns.run(scenario, dir.resolve("t2.csv"), dir.resolve("r2.json"));
        assertTrue(first.nmea().length() > 100_000);
        assertEquals(first.nmea(), second.nmea());
        assertEquals(first.vms(), second.vms());
        assertArrayEquals(Files.readAllBytes(dir.resolve("t1.csv")), Files.readAllBytes(dir.resolve("t2.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("r1.json")), Files.readAllBytes(dir.resolve("r2.json")));
    }

    @Test
    void anotherSeedGivesOtherTraffic() throws Exception {
        Scenario scenario = SimulationRuns.demo(Duration.ofMinutes(30));
        SimulationRuns.Output first = SimulationRuns.run(scenario, null, null);
        SimulationRuns.Output other = SimulationRuns.run(scenario.with(scenario.seed() + 1, null, null), null, null);
        assertNotEquals(first.nmea(), other.nmea());
    }
}
