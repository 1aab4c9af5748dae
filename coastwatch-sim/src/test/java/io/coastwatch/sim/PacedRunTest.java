package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.emit.StreamSink;
import io.coastwatch.sim.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paced run follows the wall clock at its speed, and an interrupt stops it with its truth written. */
class PacedRunTest {

    @Test
    void anInterruptedRunStopsWhereItIsAndStillWritesItsTruth(@TempDir Path dir) throws Exception {
        Scenario scenario = SimulationRuns.demo(Duration.ofHours(48)).with(null, 3_600.0, null); // an hour a second
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Simulator.Result> result = new AtomicReference<>();
        AtomicReference<Boolean> interruptFlag = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                result.set(new Simulator(scenario, SimulationRuns.AREA, false)
                        .run(new Simulator.Outputs(new StreamSink(out), null, dir.resolve("truth.csv"), null)));
                interruptFlag.set(Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        runner.start();
        Thread.sleep(2_500);
        runner.interrupt();
        runner.join(30_000);
        assertFalse(runner.isAlive());
        Simulator.Result r = result.get();
        assertTrue(r.interrupted());
        assertTrue(interruptFlag.get(), "the interrupt status is kept");
        long simulatedHours = (r.endMillis() - scenario.start().toEpochMilli()) / 3_600_000;
        assertTrue(simulatedHours >= 1 && simulatedHours < 20, "about 2 h at 3600x in 2.5 s, reached " + simulatedHours + " h");
        assertTrue((System.nanoTime() - start) / 1e9 < 20);
        assertTrue(Files.readAllLines(dir.resolve("truth.csv")).size() > 5, "truth written up to where it stopped");
        assertTrue(r.truth().stream().allMatch(t -> t.endMillis() <= r.endMillis() + 10_000));
    }
}
