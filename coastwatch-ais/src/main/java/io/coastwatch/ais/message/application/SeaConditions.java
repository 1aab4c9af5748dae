package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * The hydrological fields that the meteorological and hydrological messages share, from the water
 * level trend to the sea state (IMO SN.1/Circ.236 FI 11 and SN.1/Circ.289 FI 31): 16 fields, 113 bits.
 *
 * @param waterLevelTrend 0 steady, 1 decreasing, 2 increasing (IMO; gpsd's legends swap 1 and 2),
 *     3 not available
 * @param surfaceCurrentSpeed surface current speed in 1/10 knot, 0-250; 251 means 25.1 knots or more,
 *     255 not available
 * @param surfaceCurrentDirection degrees 0-359; 360 (FI 31) or 511 (FI 11) not available
 * @param current2Speed current speed at {@code current2Depth}, 1/10 knot as above
 * @param current2Direction current direction at {@code current2Depth}, degrees as above
 * @param current2Depth measuring depth of current 2, metres 0-30; 31 not available
 * @param current3Speed current speed at {@code current3Depth}, 1/10 knot as above
 * @param current3Direction current direction at {@code current3Depth}, degrees as above
 * @param current3Depth measuring depth of current 3, metres 0-30; 31 not available
 * @param waveHeight significant wave height in 1/10 metre, 0-250; 251 means 25.1 m or more, 255 not
 *     available
 * @param wavePeriod wave period, seconds 0-60; 63 not available
 * @param waveDirection wave direction, degrees as above
 * @param swellHeight swell height in 1/10 metre, as {@code waveHeight}
 * @param swellPeriod swell period, seconds as {@code wavePeriod}
 * @param swellDirection swell direction, degrees as above
 * @param seaState Beaufort scale 0-12; 13 (FI 31) or 15 (FI 11) not available
 */
public record SeaConditions(
        int waterLevelTrend,
        int surfaceCurrentSpeed,
        int surfaceCurrentDirection,
        int current2Speed,
        int current2Direction,
        int current2Depth,
        int current3Speed,
        int current3Direction,
        int current3Depth,
        int waveHeight,
        int wavePeriod,
        int waveDirection,
        int swellHeight,
        int swellPeriod,
        int swellDirection,
        int seaState) {

    static final int BITS = 113;
    private static final int MAX_TENTHS = 251;
    private static final int MAX_DIRECTION = 359;
    private static final int MAX_DEPTH = 30;
    private static final int MAX_PERIOD = 60;
    private static final int MAX_BEAUFORT = 12;

    static SeaConditions decode(BitReader bits, int start) {
        return new SeaConditions(
                bits.unsigned(start, 2),
                bits.unsigned(start + 2, 8),
                bits.unsigned(start + 10, 9),
                bits.unsigned(start + 19, 8),
                bits.unsigned(start + 27, 9),
                bits.unsigned(start + 36, 5),
                bits.unsigned(start + 41, 8),
                bits.unsigned(start + 49, 9),
                bits.unsigned(start + 58, 5),
                bits.unsigned(start + 63, 8),
                bits.unsigned(start + 71, 6),
                bits.unsigned(start + 77, 9),
                bits.unsigned(start + 86, 8),
                bits.unsigned(start + 94, 6),
                bits.unsigned(start + 100, 9),
                bits.unsigned(start + 109, 4));
    }

    /** Surface current speed in knots (25.1 meaning that or more), NaN when not available. */
    public double surfaceCurrentSpeedKnots() {
        return Conversions.tenths(surfaceCurrentSpeed, 0, MAX_TENTHS);
    }

    /** Surface current direction in degrees, or -1 when not available. */
    public int surfaceCurrentDirectionDegrees() {
        return Conversions.whole(surfaceCurrentDirection, MAX_DIRECTION);
    }

    /** Speed of current 2 in knots, NaN when not available. */
    public double current2SpeedKnots() {
        return Conversions.tenths(current2Speed, 0, MAX_TENTHS);
    }

    /** Direction of current 2 in degrees, or -1 when not available. */
    public int current2DirectionDegrees() {
        return Conversions.whole(current2Direction, MAX_DIRECTION);
    }

    /** Measuring depth of current 2 in metres, or -1 when not available. */
    public int current2DepthMetres() {
        return Conversions.whole(current2Depth, MAX_DEPTH);
    }

    /** Speed of current 3 in knots, NaN when not available. */
    public double current3SpeedKnots() {
        return Conversions.tenths(current3Speed, 0, MAX_TENTHS);
    }

    /** Direction of current 3 in degrees, or -1 when not available. */
    public int current3DirectionDegrees() {
        return Conversions.whole(current3Direction, MAX_DIRECTION);
    }

    /** Measuring depth of current 3 in metres, or -1 when not available. */
    public int current3DepthMetres() {
        return Conversions.whole(current3Depth, MAX_DEPTH);
    }

    /** Significant wave height in metres (25.1 meaning that or more), NaN when not available. */
    public double waveHeightMetres() {
        return Conversions.tenths(waveHeight, 0, MAX_TENTHS);
    }

    /** Wave period in seconds, or -1 when not available. */
    public int wavePeriodSeconds() {
        return Conversions.whole(wavePeriod, MAX_PERIOD);
    }

    /** Wave direction in degrees, or -1 when not available. */
    public int waveDirectionDegrees() {
        return Conversions.whole(waveDirection, MAX_DIRECTION);
    }

    /** Swell height in metres (25.1 meaning that or more), NaN when not available. */
    public double swellHeightMetres() {
        return Conversions.tenths(swellHeight, 0, MAX_TENTHS);
    }

    /** Swell period in seconds, or -1 when not available. */
    public int swellPeriodSeconds() {
        return Conversions.whole(swellPeriod, MAX_PERIOD);
    }

    /** Swell direction in degrees, or -1 when not available. */
    public int swellDirectionDegrees() {
        return Conversions.whole(swellDirection, MAX_DIRECTION);
    }

    /** Sea state on the Beaufort scale, or -1 when not available. */
    public int seaStateBeaufort() {
        return Conversions.whole(seaState, MAX_BEAUFORT);
    }
}
