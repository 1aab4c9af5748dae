package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.fleet.TruthEvent;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that ends before most scripted events begin (as {@code simulate --duration 2m} does). */
class ShortRunTest {
    @TempDir
    Path dir;

    @Test
    void aRunEndingBeforeTheEventsBeginWritesTruthOnlyForThoseThatBegan() throws Exception {
        SimulationRuns.Output run = SimulationRuns.run(SimulationRuns.demo(Duration.ofMinutes(2)), dir.resolve("truth.csv"),
                dir.resolve("records.json"));
        long end = run.result().truth().stream().mapToLong(TruthEvent::endMillis).max().orElse(0);
        assertTrue(run.result().truth().stream().allMatch(t -> t.startMillis() < t.endMillis()));
        assertTrue(run.result().truth().stream().noneMatch(t -> t.ruleId().equals("unregistered")),
                "the unregistered boat sails at 8 min: " + run.result().truth());
        assertTrue(end > 0, "events that began at the start are there");
    }
}
