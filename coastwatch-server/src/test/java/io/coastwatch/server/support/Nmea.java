package io.coastwatch.server.support;

import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.MessageCodec;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.nmea.SentenceWriter;
import java.util.List;

/** NMEA sentences for tests, written by the codec's own encoder. */
public final class Nmea {
    private final SentenceWriter writer = new SentenceWriter();

    /** A Class A position report (message 1), with a tag-block time when {@code timeMillis} is not MIN_VALUE. */
    public String position(int mmsi, double latitude, double longitude, double speedKnots, long timeMillis) {
        return position(mmsi, latitude, longitude, speedKnots, 90, timeMillis);
    }

    /** A Class A position report (message 1) with a course over ground (heading the same). */
    public String position(int mmsi, double latitude, double longitude, double speedKnots, int courseDegrees,
            long timeMillis) {
        PositionReportClassA report = new PositionReportClassA(1, 0, mmsi, 0, 0, (int) Math.round(speedKnots * 10), true,
                (int) Math.round(longitude * 600_000), (int) Math.round(latitude * 600_000), courseDegrees * 10,
                courseDegrees, 30, 0, 0, false, 0);
        return single(writer.sentences(MessageCodec.encode(report, new BitWriter()), 'A', timeMillis, null));
    }

    /** A position report without a tag block (event time = receive time). */
    public String position(int mmsi, double latitude, double longitude) {
        return position(mmsi, latitude, longitude, 8.5, Long.MIN_VALUE);
    }

    /** Static and voyage data (message 5): two sentences. */
    public List<String> staticData(int mmsi, String name, String callSign, int shipType) {
        StaticAndVoyageData data = new StaticAndVoyageData(5, 0, mmsi, 0, 9_876_543, callSign, name, shipType,
                new ShipDimensions(20, 10, 4, 4), 1, 12, 1, 8, 0, 35, "PHAN RANG", false, 0);
        return writer.sentences(MessageCodec.encode(data, new BitWriter()), 'A');
    }

    private static String single(List<String> sentences) {
        if (sentences.size() != 1) {
            throw new IllegalStateException("expected one sentence");
        }
        return sentences.get(0);
    }
}
