package io.coastwatch.bench.traffic;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A seeded stream of AIS sentences with the mix a coastal receiver network hears: mostly Class A
 * position reports from a fleet that moves, with the static and other messages in their usual
 * proportions, optionally with NMEA 4.10 tag blocks (receive time and receiver) as aggregators send.
 *
 * <p>Same seed, same sentences. Not thread-safe.
 */
public final class TrafficMix {
    private static final long START_MILLIS = 1_764_000_000_000L;
    private static final String[] RECEIVERS = {"r574001", "r574002", "r574003", "r574004"};

    private final Random random;
    private final boolean tagBlocks;
    private final boolean positionsOnly;
    private final Vessel[] fleet;
    private final SentenceWriter writer = new SentenceWriter();
    private final BitWriter bits = new BitWriter();
    private long clockMillis = START_MILLIS;

    /**
     * @param seed the seed
     * @param fleetSize number of vessels
     * @param tagBlocks whether sentences carry {@code c:} and {@code s:} tag blocks
     * @param positionsOnly Class A position reports only, instead of the whole mix
     */
    public TrafficMix(long seed, int fleetSize, boolean tagBlocks, boolean positionsOnly) {
        this.random = new Random(seed);
        this.tagBlocks = tagBlocks;
        this.positionsOnly = positionsOnly;
        this.fleet = new Vessel[fleetSize];
        for (int i = 0; i < fleetSize; i++) {
            fleet[i] = new Vessel(574_000_000 + i, random);
        }
    }

    /** The sentences of the next {@code count} messages (multi-sentence messages give several lines). */
    public List<String> nextMessages(int count) {
        List<String> lines = new ArrayList<>(count + count / 8);
        for (int i = 0; i < count; i++) {
            next(lines::add);
        }
        return lines;
    }

    /** Hands the sentences of the next message to {@code sink}. */
    public void next(Consumer<String> sink) {
        clockMillis += 1 + random.nextInt(3);
        Vessel vessel = fleet[random.nextInt(fleet.length)];
        vessel.move(random);
        AisMessage message = vessel.positionReport(random);
        List<String> sentences = tagBlocks
                ? writer.sentences(MessageCodec.encode(message, bits), random.nextBoolean() ? 'A' : 'B', clockMillis,
                        RECEIVERS[random.nextInt(RECEIVERS.length)])
                : writer.sentences(MessageCodec.encode(message, bits), random.nextBoolean() ? 'A' : 'B');
        sentences.forEach(sink);
    }

    /** One vessel of the fleet, moving at a steady speed and course with small changes. */
    private static final class Vessel {
        private final int mmsi;
        private double longitude;
        private double latitude;
        private int courseTenthDegrees;
        private final int speedTenthKnots;
        private final int status;

        Vessel(int mmsi, Random random) {
            this.mmsi = mmsi;
            this.longitude = 106 + random.nextDouble() * 8;
            this.latitude = 8 + random.nextDouble() * 10;
            this.courseTenthDegrees = random.nextInt(3600);
            boolean fishing = random.nextInt(3) == 0;
            this.speedTenthKnots = fishing ? random.nextInt(60) : 80 + random.nextInt(120);
            this.status = fishing ? 7 : (random.nextInt(10) == 0 ? 5 : 0);
        }

        void move(Random random) {
            courseTenthDegrees = Math.floorMod(courseTenthDegrees + random.nextInt(21) - 10, 3600);
            double step = speedTenthKnots / 10.0 / 3600 / 60 * 10; // ten seconds of travel, in degrees
            longitude += step * Math.sin(Math.toRadians(courseTenthDegrees / 10.0));
            latitude += step * Math.cos(Math.toRadians(courseTenthDegrees / 10.0));
        }

        AisMessage positionReport(Random random) {
            int type = random.nextInt(10) == 0 ? 3 : 1;
            return new PositionReportClassA(type, 0, mmsi, status, random.nextInt(11) - 5, speedTenthKnots,
                    random.nextBoolean(), (int) Math.round(longitude * 600_000), (int) Math.round(latitude * 600_000),
                    courseTenthDegrees, courseTenthDegrees / 10, random.nextInt(60), 0, 0, false,
                    random.nextInt(1 << 19));
        }
    }
}
