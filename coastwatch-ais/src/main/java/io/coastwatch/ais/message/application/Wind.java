package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * The wind fields that the meteorological and hydrological messages share (IMO SN.1/Circ.236 FI 11
 * and SN.1/Circ.289 FI 31): four fields, 32 bits.
 *
 * @param averageSpeed average wind speed of the last 10 minutes, knots 0-126; 127 not available
 * @param gustSpeed maximum gust speed of the last 10 minutes, knots 0-126; 127 not available
 * @param direction wind direction, degrees 0-359; 360 (FI 31) or 511 (FI 11) not available
 * @param gustDirection gust direction, degrees 0-359; 360 (FI 31) or 511 (FI 11) not available
 */
public record Wind(int averageSpeed, int gustSpeed, int direction, int gustDirection) {
    static final int BITS = 32;
    private static final int MAX_SPEED = 126;
    private static final int MAX_DIRECTION = 359;

    static Wind decode(BitReader bits, int start) {
        return new Wind(bits.unsigned(start, 7), bits.unsigned(start + 7, 7), bits.unsigned(start + 14, 9),
                bits.unsigned(start + 23, 9));
    }

    /** Average wind speed in knots, or -1 when not available. */
    public int averageSpeedKnots() {
        return Conversions.whole(averageSpeed, MAX_SPEED);
    }

    /** Gust speed in knots, or -1 when not available. */
    public int gustSpeedKnots() {
        return Conversions.whole(gustSpeed, MAX_SPEED);
    }

    /** Wind direction in degrees, or -1 when not available. */
    public int directionDegrees() {
        return Conversions.whole(direction, MAX_DIRECTION);
    }

    /** Gust direction in degrees, or -1 when not available. */
    public int gustDirectionDegrees() {
        return Conversions.whole(gustDirection, MAX_DIRECTION);
    }
}
