package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Dangerous cargo indication, DAC 1 FI 12, addressed in message 6 (IMO SN.1/Circ.236 Annex 2
 * application 2): 272 bits of application data. gpsd decodes it at any length, missing fields reading
 * as zero (empty text).
 *
 * @param lastPort last port of call, UN/LOCODE (5 characters)
 * @param lastPortMonth UTC month of departure from the last port, 1-12; 0 not available
 * @param lastPortDay UTC day of departure, 1-31; 0 not available
 * @param lastPortHour UTC hour of departure, 0-23; 24 not available
 * @param lastPortMinute UTC minute of departure, 0-59; 60 not available
 * @param nextPort next port of call, UN/LOCODE (5 characters)
 * @param nextPortMonth UTC month of the ETA at the next port, 1-12; 0 not available
 * @param nextPortDay UTC day of the ETA, 1-31; 0 not available
 * @param nextPortHour UTC hour of the ETA, 0-23; 24 not available
 * @param nextPortMinute UTC minute of the ETA, 0-59; 60 not available
 * @param mainDangerousGood main dangerous good (20 characters)
 * @param imdCategory IMDG class or category (4 characters)
 * @param unNumber UN number, 1-3363; 0 not available
 * @param amount amount of cargo in {@code unit}, 1-1023; 0 not available
 * @param unit unit of the amount: 0 not available, 1 kg, 2 tonnes, 3 1000 tonnes
 */
public record DangerousCargoImo236(
        String lastPort,
        int lastPortMonth,
        int lastPortDay,
        int lastPortHour,
        int lastPortMinute,
        String nextPort,
        int nextPortMonth,
        int nextPortDay,
        int nextPortHour,
        int nextPortMinute,
        String mainDangerousGood,
        String imdCategory,
        int unNumber,
        int amount,
        int unit) implements ApplicationData {

    /** Application data bits (three spare bits at the end). */
    public static final int BITS = 272;

    /** Decodes the application data (bit 0 is the first bit after the FI); missing bits read as zero. */
    static DangerousCargoImo236 decode(BitReader bits) {
        return new DangerousCargoImo236(
                bits.text(0, 5),
                bits.unsigned(30, 4),
                bits.unsigned(34, 5),
                bits.unsigned(39, 5),
                bits.unsigned(44, 6),
                bits.text(50, 5),
                bits.unsigned(80, 4),
                bits.unsigned(84, 5),
                bits.unsigned(89, 5),
                bits.unsigned(94, 6),
                bits.text(100, 20),
                bits.text(220, 4),
                bits.unsigned(244, 13),
                bits.unsigned(257, 10),
                bits.unsigned(267, 2));
    }
}
