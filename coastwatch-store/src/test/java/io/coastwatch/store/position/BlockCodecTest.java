package io.coastwatch.store.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The binary form of a block: exact round trips of every field, compactness for AIS traffic, clear errors. */
class BlockCodecTest {

    private static final long T0 = 1_764_400_000_000L;

    @Test
    void randomFixesRoundTripBitForBit() {
        long seed = System.nanoTime();
        System.out.println("randomFixesRoundTripBitForBit seed " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            List<PositionFix> fixes = new ArrayList<>();
            int count = random.nextInt(1, 1200);
            long time = random.nextBoolean() ? T0 + random.nextInt() : random.nextLong() >> random.nextInt(1, 20);
            for (int i = 0; i < count; i++) {
                time += random.nextInt(8) == 0 ? -random.nextInt(100_000) : random.nextInt(60_000);
                fixes.add(new PositionFix(42, time, anyDouble(random, 90, 600_000), anyDouble(random, 180, 600_000),
                        anyDouble(random, 102.2, 10), anyDouble(random, 360, 10),
                        random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(-1, 360),
                        random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(-1, 16),
                        FixSource.values()[random.nextInt(FixSource.values().length)],
                        Plausibility.values()[random.nextInt(Plausibility.values().length)]));
            }

            List<PositionFix> decoded = BlockCodec.decode(42, BlockCodec.encode(fixes));

            assertEquals(fixes.size(), decoded.size(), "seed " + seed);
            for (int i = 0; i < fixes.size(); i++) {
                assertBitForBit(fixes.get(i), decoded.get(i), "fix " + i + ", seed " + seed);
            }
        }
    }

    /** A value of the kinds that arrive: a count of 1/scale (AIS), a decimal, a raw double, NaN, ±0, extremes. */
    private static double anyDouble(Random random, double range, double scale) {
        return switch (random.nextInt(9)) {
            case 0 -> Double.NaN;
            case 1 -> random.nextBoolean() ? 0.0 : -0.0;
            case 2 -> random.nextDouble(-range, range);
            case 3 -> Math.round(random.nextDouble(-range, range) * 1e7) / 1e7;
            case 4 -> random.nextBoolean() ? Double.MAX_VALUE : -Double.MIN_VALUE;
            case 5 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(random.nextLong());
            default -> Math.round(random.nextDouble(-range, range) * scale) / scale;
        };
    }

    private static void assertBitForBit(PositionFix expected, PositionFix actual, String message) {
        assertEquals(expected, actual, message);
        for (double[] pair : new double[][] {{expected.latitude(), actual.latitude()},
                {expected.longitude(), actual.longitude()}, {expected.speedKnots(), actual.speedKnots()},
                {expected.courseDegrees(), actual.courseDegrees()}}) {
            // NaN is "not available": any NaN comes back as Double.NaN, as it did through a NULL column
            assertEquals(Double.doubleToLongBits(pair[0]), Double.doubleToRawLongBits(pair[1]), message);
        }
    }

    @Test
    void aShipUnderwayTakesAFewBytesAFix() {
        List<PositionFix> fixes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) { // Class A every 10 s at 12 kn, AIS units
            fixes.add(new PositionFix(574_000_001L, T0 + i * 10_000L, (6_900_000 + i * 20) / 600_000.0,
                    (65_520_000 + i * 31) / 600_000.0, (120 + i % 3) / 10.0, (1234 + i % 5) / 10.0, 123, 0,
                    FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE));
        }

        byte[] bytes = BlockCodec.encode(fixes);

        assertEquals(fixes, BlockCodec.decode(574_000_001L, bytes));
        assertTrue(bytes.length < 15 * fixes.size(), bytes.length + " bytes for " + fixes.size() + " fixes");
    }

    @Test
    void anUnknownVersionOrCutBlockFailsClearly() {
        byte[] bytes = BlockCodec.encode(List.of(new PositionFix(1, T0, 11.5, 109.2, 5, 90, 90, 0,
                FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE)));
        byte[] future = bytes.clone();
        future[0] = (byte) (BlockCodec.VERSION + 1);

        IllegalStateException version = assertThrows(IllegalStateException.class, () -> BlockCodec.decode(1, future));
        assertTrue(version.getMessage().contains("format version " + (BlockCodec.VERSION + 1)), version.getMessage());
        IllegalStateException cut = assertThrows(IllegalStateException.class,
                () -> BlockCodec.decode(1, Arrays.copyOf(bytes, bytes.length - 1)));
        assertTrue(cut.getMessage().contains("ends early"), cut.getMessage());
    }
}
