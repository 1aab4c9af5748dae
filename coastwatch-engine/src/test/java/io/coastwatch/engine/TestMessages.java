package io.coastwatch.engine;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.Reception;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.function.BiConsumer;

/** AIS messages for the engine's tests, as records and as received sentences. */
public final class TestMessages {
    /** 2025-11-25T00:00:00Z. */
    public static final long T0 = 1_764_028_800_000L;

    private TestMessages() {
    }

    /** A Class A position report (message 1), under way, 10 kn, course 90°, heading 91°. */
    public static PositionReportClassA classA(int mmsi, double latitude, double longitude) {
        return classA(mmsi, latitude, longitude, 0);
    }

    /** A Class A position report with a given radio status (tells otherwise equal reports apart). */
    public static PositionReportClassA classA(int mmsi, double latitude, double longitude, int radioStatus) {
        return new PositionReportClassA(1, 0, mmsi, 0, 0, 100, false, units(longitude), units(latitude), 900, 91, 30,
                0, 0, false, radioStatus);
    }

    /** Static and voyage data (message 5): 40 m by 8 m, draught 3.5 m, ETA 1 December 08:30 UTC. */
    public static StaticAndVoyageData voyage(int mmsi, int imo, String callSign, String name, String destination) {
        return new StaticAndVoyageData(5, 0, mmsi, 0, imo, callSign, name, 30, new ShipDimensions(30, 10, 3, 5), 1,
                12, 1, 8, 30, 35, destination, false, 0);
    }

    /** Message 24 part A (name). */
    public static StaticDataReport.PartA partA(int mmsi, String name) {
        return new StaticDataReport.PartA(24, 0, mmsi, 0, name, 0);
    }

    /** Message 24 part B (type 30 fishing, call sign, 15 m by 4 m). */
    public static StaticDataReport.PartB partB(int mmsi, String callSign) {
        return new StaticDataReport.PartB(24, 0, mmsi, 1, 30, "ABC", 1, 2, callSign, new ShipDimensions(10, 5, 2, 2),
                1, 0);
    }

    /** Degrees as 1/10 000 minute. */
    public static int units(double degrees) {
        return (int) Math.round(degrees * 600_000);
    }

    /**
     * Encodes {@code message} as the sentences a receiver would send (with a tag block giving
     * {@code timeMillis} and {@code receiver}), decodes them with the real decoder and hands the
     * message and its reception to {@code sink}.
     */
    public static void receive(AisMessage message, long timeMillis, String receiver,
            BiConsumer<AisMessage, Reception> sink) {
        AisDecoder decoder = new AisDecoder(receiver, sink::accept);
        for (String line : new SentenceWriter().sentences(MessageCodec.encode(message, new BitWriter()), 'A',
                timeMillis, receiver)) {
            decoder.decode(line, timeMillis + 60_000);
        }
    }
}
