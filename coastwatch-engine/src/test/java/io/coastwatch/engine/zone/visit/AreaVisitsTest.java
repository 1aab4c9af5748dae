package io.coastwatch.engine.zone.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Known tracks through a square area 109.0–109.2 °E, 11.0–11.2 °N, asked about the period [T0, T0 + 6 h). */
class AreaVisitsTest {
    private static final long MINUTE = 60_000;
    private static final long T0 = 1_795_900_000_000L;
    private static final long TO = T0 + 360 * MINUTE;
    private static final long STEAMER = 1;
    private static final long VMS_PASSER = 2;
    private static final long RESIDENT = 3;
    private static final long WENT_DARK = 4;
    private static final long FAR_AWAY = 5;
    private static final long ZIGZAG = 6;
    private static final long IMPLAUSIBLE = 7;
    private static final long LEFT_BEFORE = 8;
    private static final long ARRIVED_LATE = 9;
    private static final long WENT_AWAY = 10;

    private final GeometryFactory factory = new GeometryFactory();
    private final InMemoryPositionStore positions = new InMemoryPositionStore();
    private final Geometry square = factory.createPolygon(new Coordinate[] {new Coordinate(109.0, 11.0),
        new Coordinate(109.2, 11.0), new Coordinate(109.2, 11.2), new Coordinate(109.0, 11.2), new Coordinate(109.0, 11.0)});

    @Test
    void entryAndExitTimesOfKnownTracks() {
        // East along 11.1 °N at 0.02° per 10 min from 108.91 °E: crosses 109.0 at +45 min and 109.2 at +145 min.
        for (int i = 0; i <= 20; i++) {
            fix(STEAMER, T0 + i * 10 * MINUTE, 11.1, 108.91 + i * 0.02);
        }
        // VMS reports two hours apart, both outside: the straight line between them passes through.
        fix(VMS_PASSER, T0, 11.1, 108.8);
        fix(VMS_PASSER, T0 + 120 * MINUTE, 11.1, 109.4);
        // At anchor inside from before the period to after it.
        for (long t = T0 - 120 * MINUTE; t <= TO + 120 * MINUTE; t += 30 * MINUTE) {
            fix(RESIDENT, t, 11.1, 109.1);
        }
        // Enters at +55 min (interpolated), last heard inside at +60 min, heard again outside four hours later.
        fix(WENT_DARK, T0 + 30 * MINUTE, 11.1, 108.5);
        fix(WENT_DARK, T0 + 60 * MINUTE, 11.1, 109.1);
        fix(WENT_DARK, T0 + 300 * MINUTE, 11.5, 109.5);
        fix(FAR_AWAY, T0, 12.5, 110.5);
        fix(FAR_AWAY, T0 + 60 * MINUTE, 12.5, 110.6);
        // Across the south edge and back, twice: in at +5, out at +15, in at +25, out at +35 min.
        for (int i = 0; i <= 4; i++) {
            fix(ZIGZAG, T0 + i * 10 * MINUTE, i % 2 == 0 ? 10.95 : 11.05, 109.1);
        }
        fix(IMPLAUSIBLE, T0, 11.1, 108.9);
        positions.append(new PositionFix(IMPLAUSIBLE, T0 + 10 * MINUTE, 11.1, 109.1, 5, 90, 90, 0, FixSource.AIS_CLASS_A,
                Plausibility.IMPLAUSIBLE_JUMP));
        fix(IMPLAUSIBLE, T0 + 20 * MINUTE, 11.15, 108.9);
        fix(LEFT_BEFORE, T0 - 120 * MINUTE, 11.1, 109.1);
        fix(LEFT_BEFORE, T0 - 60 * MINUTE, 11.1, 109.1);
        fix(LEFT_BEFORE, T0 - 30 * MINUTE, 11.1, 108.95);
        fix(LEFT_BEFORE, T0 + 60 * MINUTE, 11.1, 108.9);
        // First heard inside at +4 h, last at +5 h: entered then, still inside at the end.
        for (long t = T0 + 240 * MINUTE; t <= T0 + 300 * MINUTE; t += 30 * MINUTE) {
            fix(ARRIVED_LATE, t, 11.15, 109.15);
        }

        // Inside, then away beyond the widened box (109.5 °E) for 1.5 h, then back: two visits, not one.
        for (long t = T0; t <= T0 + 30 * MINUTE; t += 10 * MINUTE) {
            fix(WENT_AWAY, t, 11.1, 109.1);
        }
        fix(WENT_AWAY, T0 + 90 * MINUTE, 11.1, 109.5);
        fix(WENT_AWAY, T0 + 120 * MINUTE, 11.1, 109.5);
        fix(WENT_AWAY, T0 + 180 * MINUTE, 11.1, 109.1);
        fix(WENT_AWAY, T0 + 190 * MINUTE, 11.1, 109.1);

        Map<Long, VesselVisits> found = new AreaVisits(positions, factory).during(square, T0, TO).stream()
                .collect(Collectors.toMap(VesselVisits::vesselId, Function.identity()));

        assertEquals(Set.of(STEAMER, VMS_PASSER, RESIDENT, WENT_DARK, ZIGZAG, ARRIVED_LATE, WENT_AWAY), found.keySet());
        assertVisits(found.get(STEAMER), T0 + 45 * MINUTE, T0 + 145 * MINUTE);
        assertVisits(found.get(VMS_PASSER), T0 + 40 * MINUTE, T0 + 80 * MINUTE);
        assertEquals(List.of(new Visit(OptionalLong.empty(), OptionalLong.empty())), found.get(RESIDENT).visits());
        assertVisits(found.get(WENT_DARK), T0 + 55 * MINUTE, T0 + 60 * MINUTE);
        assertVisits(found.get(ZIGZAG), T0 + 5 * MINUTE, T0 + 15 * MINUTE, T0 + 25 * MINUTE, T0 + 35 * MINUTE);
        assertEquals(List.of(new Visit(OptionalLong.of(T0 + 240 * MINUTE), OptionalLong.empty())),
                found.get(ARRIVED_LATE).visits());
        assertEquals(List.of(new Visit(OptionalLong.empty(), OptionalLong.of(T0 + 45 * MINUTE)),
                new Visit(OptionalLong.of(T0 + 165 * MINUTE), OptionalLong.empty())), found.get(WENT_AWAY).visits());
    }

    @Test
    void vesselsComeInOrderOfFirstEntryThoseInsideAtTheStartFirst() {
        fix(STEAMER, T0 + 200 * MINUTE, 11.1, 109.1);
        fix(ZIGZAG, T0 + 250 * MINUTE, 11.1, 109.1);
        fix(RESIDENT, T0 - 10 * MINUTE, 11.1, 109.1);
        fix(RESIDENT, T0 + 10 * MINUTE, 11.1, 109.1);

        List<Long> order = new AreaVisits(positions, factory).during(square, T0, TO).stream()
                .map(VesselVisits::vesselId).toList();

        assertEquals(List.of(RESIDENT, STEAMER, ZIGZAG), order);
    }

    @Test
    void aLineOrAnEmptyPeriodIsRefused() {
        AreaVisits visits = new AreaVisits(positions, factory);
        Geometry line = factory.createLineString(new Coordinate[] {new Coordinate(109, 11), new Coordinate(110, 12)});
        assertThrows(IllegalArgumentException.class, () -> visits.during(line, T0, TO));
        assertThrows(IllegalArgumentException.class, () -> visits.during(square, TO, T0));
    }

    private void fix(long vesselId, long timeMillis, double latitude, double longitude) {
        positions.append(new PositionFix(vesselId, timeMillis, latitude, longitude, 5, 90, 90, 0, FixSource.AIS_CLASS_A,
                Plausibility.PLAUSIBLE));
    }

    /** The visits are {@code times} as pairs entered, exited, each within a second. */
    private static void assertVisits(VesselVisits visits, long... times) {
        assertEquals(times.length / 2, visits.visits().size(), visits.toString());
        for (int i = 0; i < times.length / 2; i++) {
            Visit visit = visits.visits().get(i);
            assertEquals(times[2 * i], visit.enteredMillis().orElseThrow(), 1_000, visits.toString());
            assertEquals(times[2 * i + 1], visit.exitedMillis().orElseThrow(), 1_000, visits.toString());
        }
    }
}
