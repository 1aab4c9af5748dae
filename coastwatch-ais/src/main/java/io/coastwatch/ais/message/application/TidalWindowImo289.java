package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import java.util.List;

/**
 * Tidal window, DAC 1 FI 32, addressed in message 6 (IMO SN.1/Circ.289 §13): the date, then up to
 * three windows of 88 bits, each a position and a time span with the predicted current.
 *
 * <p>As gpsd does, a window is decoded when its first bit is within the data, missing bits reading
 * as zero (so a 168-bit message 6 carries one window), as many as the data holds.
 *
 * @param month UTC month, 1-12; 0 not available
 * @param day UTC day, 1-31; 0 not available
 * @param windows the tidal windows (IMO defines up to three)
 */
public record TidalWindowImo289(int month, int day, List<Window> windows) implements ApplicationData {

    /** Bits of one window. */
    static final int WINDOW_BITS = 88;

    /** @param windows copied into an unmodifiable list */
    public TidalWindowImo289 {
        windows = List.copyOf(windows);
    }

    /** Decodes the application data (bit 0 is the first bit after the FI). */
    static TidalWindowImo289 decode(BitReader bits) {
        return new TidalWindowImo289(bits.unsigned(0, 4), bits.unsigned(4, 5),
                TidalWindows.decode(bits, WINDOW_BITS, Window::decode));
    }

    /**
     * One tidal window.
     *
     * @param longitudeThousandthMinute longitude in 1/1000 minute, 181° not available
     * @param latitudeThousandthMinute latitude in 1/1000 minute, 91° not available
     * @param fromHour UTC hour the window opens, 0-23; 24 not available
     * @param fromMinute UTC minute the window opens, 0-59; 60 not available
     * @param toHour UTC hour the window closes, 0-23; 24 not available
     * @param toMinute UTC minute the window closes, 0-59; 60 not available
     * @param currentDirection predicted current direction, degrees 0-359; 360 not available
     * @param currentSpeed predicted current speed in 1/10 knot, 0-250; 251 means 25.1 knots or more,
     *     255 not available
     */
    public record Window(
            int longitudeThousandthMinute,
            int latitudeThousandthMinute,
            int fromHour,
            int fromMinute,
            int toHour,
            int toMinute,
            int currentDirection,
            int currentSpeed) {

        static Window decode(BitReader bits, int start) {
            return new Window(
                    bits.signed(start, 25),
                    bits.signed(start + 25, 24),
                    bits.unsigned(start + 49, 5),
                    bits.unsigned(start + 54, 6),
                    bits.unsigned(start + 60, 5),
                    bits.unsigned(start + 65, 6),
                    bits.unsigned(start + 71, 9),
                    bits.unsigned(start + 80, 8));
        }

        /** Longitude in degrees, NaN when not available. */
        public double longitudeDegrees() {
            return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
        }

        /** Latitude in degrees, NaN when not available. */
        public double latitudeDegrees() {
            return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
        }

        /** Predicted current direction in degrees, or -1 when not available. */
        public int currentDirectionDegrees() {
            return Conversions.whole(currentDirection, 359);
        }

        /** Predicted current speed in knots (25.1 meaning that or more), NaN when not available. */
        public double currentSpeedKnots() {
            return Conversions.tenths(currentSpeed, 0, 251);
        }
    }
}
