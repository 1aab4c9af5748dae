package io.coastwatch.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.coastwatch.sim.emit.Receiver;
import io.coastwatch.sim.emit.ReceptionModel;
import io.coastwatch.sim.motion.Geo;
import io.coastwatch.sim.motion.LonLat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reception model: range, loss rate (seeded), nearest receiver first, satellite last. */
class ReceptionModelTest {
    private static final long SEED = 4242;
    private static final LonLat STATION = new LonLat(109.0, 11.5);
    private static final double RANGE = 40 * Geo.METRES_PER_NAUTICAL_MILE;

    @Test
    void aReceiverInRangeLosesItsShareOfMessages() {
        System.out.println("seed " + SEED);
        ReceptionModel model = new ReceptionModel(List.of(new Receiver("R", STATION, RANGE, 0.25)));
        SplittableRandom random = new SplittableRandom(SEED);
        int trials = 100_000;
        int lost = 0;
        for (int i = 0; i < trials; i++) {
            if (model.receive(Geo.destination(STATION, 90, 20 * Geo.METRES_PER_NAUTICAL_MILE), random) == null) {
                lost++;
            }
        }
        // binomial: sd = sqrt(n p (1-p)) ≈ 137; 5 sd either side
        assertEquals(0.25, lost / (double) trials, 0.007);
    }

    @Test
    void twoReceiversInRangeLoseOnlyWhatBothMiss() {
        ReceptionModel model = new ReceptionModel(List.of(
                new Receiver("FAR", Geo.destination(STATION, 90, 30 * Geo.METRES_PER_NAUTICAL_MILE), RANGE, 0.5),
                new Receiver("NEAR", STATION, RANGE, 0.5)));
        SplittableRandom random = new SplittableRandom(SEED);
        int trials = 100_000;
        int lost = 0;
        int near = 0;
        for (int i = 0; i < trials; i++) {
            Receiver r = model.receive(Geo.destination(STATION, 270, Geo.METRES_PER_NAUTICAL_MILE), random);
            if (r == null) {
                lost++;
            } else if (r.id().equals("NEAR")) {
                near++;
            }
        }
        assertEquals(0.25, lost / (double) trials, 0.007);
        assertEquals(0.5, near / (double) trials, 0.008, "the nearest receiver hears first");
    }

    @Test
    void beyondRangeOnlyTheSatelliteHears() {
        ReceptionModel model = new ReceptionModel(List.of(new Receiver("R", STATION, RANGE, 0),
                new Receiver("SAT", new LonLat(0, 0), Double.POSITIVE_INFINITY, 0.7)));
        SplittableRandom random = new SplittableRandom(SEED);
        LonLat offshore = Geo.destination(STATION, 90, 41 * Geo.METRES_PER_NAUTICAL_MILE);
        int heard = 0;
        for (int i = 0; i < 100_000; i++) {
            Receiver r = model.receive(offshore, random);
            if (r != null) {
                assertEquals("SAT", r.id());
                heard++;
            }
        }
        assertEquals(0.3, heard / 100_000.0, 0.008);
        assertEquals("R", model.receive(Geo.destination(STATION, 90, 39 * Geo.METRES_PER_NAUTICAL_MILE), random).id());
        assertNull(new ReceptionModel(List.of(new Receiver("R", STATION, RANGE, 0))).receive(offshore, random));
    }
}
