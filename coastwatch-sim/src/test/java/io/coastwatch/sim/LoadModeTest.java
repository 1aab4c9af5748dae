package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.sim.scenario.Scenario;
import io.coastwatch.sim.scenario.ScenarioLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load mode: many vessels at the standard's rates, every message received, decodable. */
class LoadModeTest {

    @Test
    void theBuiltInLoadScenarioHasAHundredThousandVessels() {
        Scenario load = new ScenarioLoader().loadBuiltIn("load-100k");
        assertEquals(100_000, load.load().vessels());
    }

    @Test
    void aLoadFleetReportsAtRealisticRatesWithoutLoss() throws Exception {
        Scenario scenario = SimulationRuns.parse("""
                seed: 99
                start: 2025-06-01T00:00:00Z
                duration: 10m
                speed: 1
                load: {vessels: 2000, southWest: [105, 8], northEast: [112, 16], classAShare: 0.4}
                """);
        SimulationRuns.Output out = SimulationRuns.run(scenario, null, null);
        Decoded decoded = new Decoded(out.nmea());
        assertEquals(0, decoded.rejected);
        assertEquals(0, out.result().lost());
        long positions = decoded.messages.stream().filter(m -> m.message() instanceof io.coastwatch.ais.message.PositionReport).count();
        double perVesselPerMinute = positions / 2000.0 / Duration.ofMinutes(10).toMinutes();
        // 20 % moored (1 every 3 min), class B moving (2/min), class A moving (6/min): between 1 and 6 a minute
        assertTrue(perVesselPerMinute > 1 && perVesselPerMinute < 6, "reports per vessel per minute " + perVesselPerMinute);
        long distinct = decoded.messages.stream().map(Decoded.Received::message)
                .filter(m -> m instanceof io.coastwatch.ais.message.PositionReportClassA
                        || m instanceof io.coastwatch.ais.message.StandardClassBPositionReport)
                .map(m -> ((io.coastwatch.ais.message.PositionReport) m).mmsi()).distinct().count();
        assertEquals(2000, distinct, "every vessel reports, none shares an MMSI");
    }
}
