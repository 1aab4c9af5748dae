package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Water levels, DAC 200 FI 24, broadcast in message 8 (Inland AIS standard, CCNR, §2.4.7): a country
 * and four gauges, 112 bits of application data. Like gpsd, decoded only at exactly that length.
 *
 * @param country UN country code (2 characters)
 * @param gauges the {@value #GAUGES} gauges
 */
public record WaterLevels(String country, List<Gauge> gauges) implements ApplicationData {

    /** Application data bits. */
    public static final int BITS = 112;
    /** Gauges in one message. */
    public static final int GAUGES = 4;
    private static final int GAUGES_START = 12;
    private static final int GAUGE_BITS = 25;

    /** @throws IllegalArgumentException unless there are {@value #GAUGES} gauges */
    public WaterLevels {
        gauges = List.copyOf(gauges);
        if (gauges.size() != GAUGES) {
            throw new IllegalArgumentException(GAUGES + " gauges expected, not " + gauges.size());
        }
    }

    static WaterLevels decode(BitReader bits) {
        List<Gauge> gauges = new ArrayList<>(GAUGES);
        for (int i = 0; i < GAUGES; i++) {
            int start = GAUGES_START + GAUGE_BITS * i;
            gauges.add(new Gauge(bits.unsigned(start, 11), bits.signed(start + 11, 14)));
        }
        return new WaterLevels(bits.text(0, 2), gauges);
    }

    /** Writes the application data. */
    public void encode(BitWriter out) {
        out.text(country, 2);
        gauges.forEach(gauge -> out.bits(gauge.id(), 11).bits(gauge.levelCentimetres(), 14));
    }

    /**
     * One gauge.
     *
     * @param id the gauge's national id, 1-2047; 0 not available
     * @param levelCentimetres water level in centimetres, signed; 0 not available
     */
    public record Gauge(int id, int levelCentimetres) {
    }
}
