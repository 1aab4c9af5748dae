package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import java.util.ArrayList;
import java.util.List;

/** The layout rules the two tidal window messages share: date, then a run of windows. */
final class TidalWindows {
    /** Bits before the first window: month (4) and day (5). */
    static final int WINDOWS_START = 9;

    /** Decodes one window starting at a bit offset. */
    @FunctionalInterface
    interface WindowDecoder<W> {
        W decode(BitReader bits, int start);
    }

    private TidalWindows() {
    }

    /**
     * Decodes the windows, gpsd's rule: every window whose first bit lies at or before the end of the
     * data, missing bits reading as zero (the IMO layouts define three windows; gpsd decodes as many
     * as the data holds).
     */
    static <W> List<W> decode(BitReader bits, int windowBits, WindowDecoder<W> decoder) {
        int count = bits.bitLength() < WINDOWS_START ? 0 : (bits.bitLength() - WINDOWS_START) / windowBits + 1;
        List<W> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            windows.add(decoder.decode(bits, WINDOWS_START + windowBits * i));
        }
        return windows;
    }
}
