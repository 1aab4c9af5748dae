package io.coastwatch.bench.traffic;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.LongRangePositionReport;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StandardClassBPositionReport;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
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
        AisMessage message = positionsOnly ? vessel.classAPosition(random) : nextOfMix(vessel);
        char channel = random.nextBoolean() ? 'A' : 'B';
        List<String> sentences = tagBlocks
                ? writer.sentences(MessageCodec.encode(message, bits), channel, clockMillis,
                        RECEIVERS[random.nextInt(RECEIVERS.length)])
                : writer.sentences(MessageCodec.encode(message, bits), channel);
        sentences.forEach(sink);
    }

    /**
     * The message mix of a coastal receiver: position reports of Class A (about 60%) and Class B
     * (20%), static data (type 5, 24: 10%), base stations, aids to navigation and long-range reports.
     */
    private AisMessage nextOfMix(Vessel vessel) {
        int draw = random.nextInt(100);
        if (draw < 80) {
            return vessel.classB ? vessel.classBPosition(random) : vessel.classAPosition(random);
        }
        if (draw < 90) {
            return vessel.classB ? vessel.staticDataReport(random) : vessel.staticAndVoyageData();
        }
        if (draw < 95) {
            return baseStation(vessel);
        }
        if (draw < 98) {
            return aidToNavigation(vessel);
        }
        return vessel.longRange();
    }

    private AisMessage baseStation(Vessel near) {
        long second = clockMillis / 1000;
        return new BaseStationReport(4, 0, 5_741_000 + (near.mmsi % 12), 2025, 11, 25, (int) (second / 3600 % 24),
                (int) (second / 60 % 60), (int) (second % 60), true, near.longitudeUnits(), near.latitudeUnits(), 7,
                false, 0, false, random.nextInt(1 << 19));
    }

    private AisMessage aidToNavigation(Vessel near) {
        return new AidToNavigationReport(21, 0, 995_741_000 + (near.mmsi % 40), 1 + random.nextInt(31),
                "PHAO SO " + (near.mmsi % 40), true, near.longitudeUnits(), near.latitudeUnits(),
                new ShipDimensions(0, 0, 0, 0), 7, random.nextInt(60), false, 0, false, false, false, 0, "");
    }

    /** One vessel of the fleet, moving at a steady speed and course with small changes. */
    private static final class Vessel {
        private final int mmsi;
        private final boolean classB;
        private final String name;
        private final int shipType;
        private double longitude;
        private double latitude;
        private int courseTenthDegrees;
        private final int speedTenthKnots;
        private final int status;

        Vessel(int mmsi, Random random) {
            this.mmsi = mmsi;
            this.classB = random.nextInt(4) == 0;
            boolean fishing = random.nextInt(3) == 0;
            this.name = (fishing ? "NT " : "TAU ") + (90_000 + mmsi % 10_000) + " TS";
            this.shipType = fishing ? 30 : 70 + random.nextInt(20);
            this.longitude = 106 + random.nextDouble() * 8;
            this.latitude = 8 + random.nextDouble() * 10;
            this.courseTenthDegrees = random.nextInt(3600);
            this.speedTenthKnots = fishing ? random.nextInt(60) : 80 + random.nextInt(120);
            this.status = fishing ? 7 : (random.nextInt(10) == 0 ? 5 : 0);
        }

        void move(Random random) {
            courseTenthDegrees = Math.floorMod(courseTenthDegrees + random.nextInt(21) - 10, 3600);
            double step = speedTenthKnots / 10.0 / 3600 / 60 * 10; // ten seconds of travel, in degrees
            longitude += step * Math.sin(Math.toRadians(courseTenthDegrees / 10.0));
            latitude += step * Math.cos(Math.toRadians(courseTenthDegrees / 10.0));
        }

        int longitudeUnits() {
            return (int) Math.round(longitude * 600_000);
        }

        int latitudeUnits() {
            return (int) Math.round(latitude * 600_000);
        }

        AisMessage classAPosition(Random random) {
            int type = random.nextInt(10) == 0 ? 3 : 1;
            return new PositionReportClassA(type, 0, mmsi, status, random.nextInt(11) - 5, speedTenthKnots,
                    random.nextBoolean(), longitudeUnits(), latitudeUnits(), courseTenthDegrees,
                    courseTenthDegrees / 10, random.nextInt(60), 0, 0, false, random.nextInt(1 << 19));
        }

        AisMessage classBPosition(Random random) {
            return new StandardClassBPositionReport(18, 0, mmsi, 0, speedTenthKnots, false, longitudeUnits(),
                    latitudeUnits(), courseTenthDegrees, 511, random.nextInt(60), 0, true, false, true, true, false,
                    false, false, 393222);
        }

        AisMessage staticAndVoyageData() {
            return new StaticAndVoyageData(5, 0, mmsi, 0, 9_000_000 + mmsi % 1_000_000, "3W" + mmsi % 10_000, name,
                    shipType, new ShipDimensions(20, 5, 3, 3), 1, 11, 30, 6, 0, 35, "PHAN RANG", false, 0);
        }

        AisMessage staticDataReport(Random random) {
            return random.nextBoolean()
                    ? new StaticDataReport.PartA(24, 0, mmsi, 0, name, 0)
                    : new StaticDataReport.PartB(24, 0, mmsi, 1, shipType, "SRT", 1, 12345, "XV" + mmsi % 1000,
                            new ShipDimensions(10, 5, 2, 2), 0, 0);
        }

        AisMessage longRange() {
            return new LongRangePositionReport(27, 0, mmsi, false, false, status, longitudeUnits() / 1000,
                    latitudeUnits() / 1000, speedTenthKnots / 10, courseTenthDegrees / 10, false, 0);
        }
    }
}
