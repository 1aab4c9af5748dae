package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * AtoN monitoring data of the General Lighthouse Authorities of the UK and Ireland, DAC 235 or 250
 * FI 10, addressed in message 6: 48 bits of application data (gpsd decodes it only at exactly that
 * length).
 *
 * @param analogueInternal internal analogue reading (supply voltage), in 0.05 V; 0 no reading
 * @param analogueExternal1 external analogue reading 1, in 0.05 V; 0 no reading
 * @param analogueExternal2 external analogue reading 2, in 0.05 V; 0 no reading
 * @param raconStatus 0 no RACON installed, 1 not monitored, 2 operational, 3 error
 * @param lightStatus 0 no light or not monitored, 1 on, 2 off, 3 error
 * @param alarm health alarm: the station reports a fault
 * @param externalStatus eight external status bits, station-specific
 * @param offPosition the AtoN is off its charted position
 */
public record AtonMonitoringData(
        int analogueInternal,
        int analogueExternal1,
        int analogueExternal2,
        int raconStatus,
        int lightStatus,
        boolean alarm,
        int externalStatus,
        boolean offPosition) implements ApplicationData {

    /** Application data bits: 136-bit message 6 minus its 88-bit header (four spare bits at the end). */
    public static final int BITS = 48;
    private static final double VOLTS_PER_UNIT = 0.05;

    /** Decodes the application data (bit 0 is the first bit after the FI). */
    static AtonMonitoringData decode(BitReader bits) {
        return new AtonMonitoringData(
                bits.unsigned(0, 10),
                bits.unsigned(10, 10),
                bits.unsigned(20, 10),
                bits.unsigned(30, 2),
                bits.unsigned(32, 2),
                bits.flag(34),
                bits.unsigned(35, 8),
                bits.flag(43));
    }

    /** Internal analogue reading in volts, NaN when there is none (0, which gpsd leaves unscaled). */
    public double analogueInternalVolts() {
        return volts(analogueInternal);
    }

    /** External analogue reading 1 in volts, NaN when there is none. */
    public double analogueExternal1Volts() {
        return volts(analogueExternal1);
    }

    /** External analogue reading 2 in volts, NaN when there is none. */
    public double analogueExternal2Volts() {
        return volts(analogueExternal2);
    }

    private static double volts(int reading) {
        return reading == 0 ? Double.NaN : reading * VOLTS_PER_UNIT;
    }
}
