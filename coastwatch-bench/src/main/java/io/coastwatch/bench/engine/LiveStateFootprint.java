package io.coastwatch.bench.engine;

import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Random;

/**
 * Retained heap of the live state per vessel: loads N vessels (1M by default) into a
 * {@link VesselTracker}, each with a position report (message 1) and its static and voyage data
 * (message 5: name, call sign, IMO number, destination, ETA, dimensions), then reports the heap in
 * use after garbage collection, before and after, divided by N.
 *
 * <p>The messages are made as the decoder makes them: a new record and new strings for each, so
 * nothing is shared between vessels that would not be shared in service. Positions lie at sea in
 * the South China Sea, spread so that all are plausible.
 *
 * <p>Run: {@code java -Xmx4g -cp coastwatch-bench/target/benchmarks.jar
 * io.coastwatch.bench.engine.LiveStateFootprint [vessels] [seed]}.
 */
public final class LiveStateFootprint {
    private static final long START_MILLIS = 1_764_028_800_000L;
    private static final String[] PORTS = {"PHAN RANG", "CAM RANH", "VUNG TAU", "HAI PHONG", "DA NANG", "QUY NHON",
        "SINGAPORE", "HONG KONG", "SHANGHAI", "MANILA", "BANGKOK", "KAOHSIUNG"};
    private static final int[] MIDS = {574, 412, 413, 477, 563, 351, 636, 533, 567, 548, 525, 514};

    private LiveStateFootprint() {
    }

    /** Arguments: number of vessels (default 1 000 000), seed (default 42). */
    public static void main(String[] args) {
        int vessels = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        System.out.printf("vessels=%d seed=%d%n", vessels, seed);

        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(LandMask.vietnamRegion()));
        long before = usedHeapAfterGc();
        load(tracker, vessels, new Random(seed));
        long after = usedHeapAfterGc();

        long retained = after - before;
        System.out.printf("vessels in the tracker: %d%n", tracker.size());
        System.out.printf("retained heap: %d bytes = %.1f MiB, %.1f bytes per vessel%n", retained,
                retained / 1048576.0, (double) retained / vessels);
        if (tracker.size() != vessels) {
            throw new IllegalStateException("expected " + vessels + " vessels, found " + tracker.size());
        }
    }

    private static void load(VesselTracker tracker, int vessels, Random random) {
        for (int i = 0; i < vessels; i++) {
            int mmsi = MIDS[i % MIDS.length] * 1_000_000 + i / MIDS.length;
            long timeMillis = START_MILLIS + i;
            double latitude = 8 + random.nextDouble() * 12;
            double longitude = 112 + random.nextDouble() * 5;
            tracker.apply(new StaticAndVoyageData(5, 0, mmsi, 0, 9_000_000 + i, "XV" + (10_000 + i % 90_000),
                    "VESSEL NAME " + i, 30 + random.nextInt(60), new ShipDimensions(20 + random.nextInt(200),
                            10 + random.nextInt(50), 4, 4), 1, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), 10 + random.nextInt(100),
                    new String(PORTS[random.nextInt(PORTS.length)].toCharArray()), false, 0), timeMillis);
            tracker.apply(new PositionReportClassA(1, 0, mmsi, 0, 0, random.nextInt(200), false,
                    (int) Math.round(longitude * 600_000), (int) Math.round(latitude * 600_000),
                    random.nextInt(3600), random.nextInt(360), 30, 0, 0, false, random.nextInt(1 << 19)),
                    timeMillis + 1000);
        }
    }

    /** The heap in use after a few full collections (the least of five readings). */
    static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
