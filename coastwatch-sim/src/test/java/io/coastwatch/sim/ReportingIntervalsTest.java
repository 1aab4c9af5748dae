package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.StandardClassBPositionReport;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import io.coastwatch.sim.emit.ReportingIntervals;
import io.coastwatch.sim.motion.LonLat;
import io.coastwatch.sim.motion.SimVesselState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ITU-R M.1371-5 reporting intervals, in the table and in what a run transmits. */
class ReportingIntervalsTest {

    private static final String SCENARIO = """
            seed: 7
            start: 2025-06-01T00:00:00Z
            duration: 3h
            speed: 1
            reception: {rangeNauticalMiles: 500, lossProbability: 0, stations: [BGS-NINHCHU], satelliteLossProbability: 1}
            geography:
              seaWaypoints: [[108.90, 11.25], [109.10, 11.33], [109.12, 11.50], [109.22, 11.55], [109.33, 11.70]]
            fleet:
              fishing:
                - {port: PORT-CANA, lengthClass: FROM_12_TO_15_M, count: 6, gear: [GILLNET], aisShare: 1, atSeaShare: 0.5}
              lane: {shipsPerHour: 2, tankerShare: 0.5}
            """;

    @Test
    void theTableOfClassA() {
        assertEquals(180_000, ReportingIntervals.classAMillis(state(0.2, SimVesselState.MOORED, 0)));
        assertEquals(10_000, ReportingIntervals.classAMillis(state(4, SimVesselState.MOORED, 0)), "moored but moving over 3 kn");
        assertEquals(10_000, ReportingIntervals.classAMillis(state(12, SimVesselState.UNDER_WAY, 0)));
        assertEquals(3_333, ReportingIntervals.classAMillis(state(12, SimVesselState.UNDER_WAY, 30)));
        assertEquals(6_000, ReportingIntervals.classAMillis(state(18, SimVesselState.UNDER_WAY, 0)));
        assertEquals(2_000, ReportingIntervals.classAMillis(state(18, SimVesselState.UNDER_WAY, -30)));
        assertEquals(2_000, ReportingIntervals.classAMillis(state(25, SimVesselState.UNDER_WAY, 0)));
        assertEquals(10_000, ReportingIntervals.classAMillis(state(1.5, SimVesselState.FISHING, 30)), "a drifting boat's wandering course");
        assertEquals(180_000, ReportingIntervals.classBMillis(state(1.5, SimVesselState.UNDER_WAY, 0)));
        assertEquals(30_000, ReportingIntervals.classBMillis(state(6, SimVesselState.UNDER_WAY, 0)));
    }

    @Test
    void aRunReportsAtTheIntervalsOfTheStandard() throws Exception {
        Decoded decoded = new Decoded(SimulationRuns.run(SimulationRuns.parse(SCENARIO), null, null).nmea());
        assertEquals(0, decoded.rejected);
        Map<Integer, Long> lastClassA = new HashMap<>();
        Map<Integer, Long> lastClassB = new HashMap<>();
        Map<Integer, Double> lastSpeedB = new HashMap<>();
        Map<Integer, Long> lastStatic = new HashMap<>();
        Map<Integer, Long> lastBase = new HashMap<>();
        int classAGaps = 0;
        int classBGaps = 0;
        for (Decoded.Received r : decoded.messages) {
            long t = r.timeMillis();
            switch (r.message()) {
                case PositionReportClassA a -> {
                    Long previous = lastClassA.put(a.mmsi(), t);
                    if (previous != null) {
                        long gap = t - previous;
                        assertTrue(List.of(2_000L, 3_333L, 6_000L, 10_000L, 180_000L).contains(gap), "class A gap " + gap);
                        if (a.speedKnots() < 14 && a.messageType() == 1) {
                            assertTrue(gap == 10_000 || gap == 3_333 || gap == 180_000, "under 14 kn: " + gap);
                        }
                        classAGaps++;
                    }
                }
                case StandardClassBPositionReport b -> {
                    Long previous = lastClassB.put(b.mmsi(), t);
                    Double speed = lastSpeedB.put(b.mmsi(), b.speedKnots());
                    if (previous != null) {
                        long gap = t - previous;
                        assertEquals(speed > 2 ? 30_000 : 180_000, gap, "class B at " + speed + " kn");
                        classBGaps++;
                    }
                }
                case StaticAndVoyageData s -> assertSixMinutes(lastStatic.put(s.mmsi(), t), t);
                case StaticDataReport.PartA s -> assertSixMinutes(lastStatic.put(s.mmsi(), t), t);
                case BaseStationReport s -> {
                    Long previous = lastBase.put(s.mmsi(), t);
                    if (previous != null) {
                        assertEquals(10_000, t - previous);
                    }
                }
                default -> {
                }
            }
        }
        assertTrue(classAGaps > 1_000, "class A reports " + classAGaps);
        assertTrue(classBGaps > 100, "class B reports " + classBGaps);
        assertTrue(lastBase.size() == 1);
    }

    private static void assertSixMinutes(Long previous, long t) {
        if (previous != null) {
            assertEquals(ReportingIntervals.STATIC_MILLIS, t - previous);
        }
    }

    private static SimVesselState state(double speedKnots, int status, double turnDegrees) {
        SimVesselState state = new SimVesselState(new LonLat(109.5, 11.5), 0);
        state.move(new LonLat(109.5, 11.5), speedKnots, 90, status, 60_000);
        state.move(new LonLat(109.5, 11.5), speedKnots, 90 + turnDegrees, status, 60_000);
        return state;
    }
}
