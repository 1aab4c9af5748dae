package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * The header that messages 25 and 26 share (ITU-R M.1371-5 §3.25 and §3.26): destination indicator,
 * binary data flag, then a 30-bit destination MMSI when addressed and a 16-bit application identifier
 * when structured. Like gpsd, the two spare bits ITU-R M.1371 puts after an addressed destination are
 * left in the binary data, which starts right after the destination or application identifier.
 */
final class SlotBinaryHeader {
    private static final int FLAGS_END = 40;
    private static final int DESTINATION_BITS = 30;
    private static final int APPLICATION_ID_BITS = 16;

    private SlotBinaryHeader() {
    }

    /** Bits before the binary data, for these flags. */
    static int bits(boolean addressed, boolean structured) {
        return FLAGS_END + (addressed ? DESTINATION_BITS : 0) + (structured ? APPLICATION_ID_BITS : 0);
    }

    /** Bits before the binary data of the loaded message, from its flags. */
    static int bits(BitReader bits) {
        return bits(bits.flag(38), bits.flag(39));
    }

    /** The destination MMSI of the loaded message, 0 when it is a broadcast. */
    static int destinationMmsi(BitReader bits) {
        return bits.flag(38) ? bits.unsigned(FLAGS_END, DESTINATION_BITS) : 0;
    }

    /** The application identifier of the loaded message, 0 when its data is unstructured. */
    static int applicationId(BitReader bits) {
        return bits.flag(39) ? bits.unsigned(bits(bits.flag(38), false), APPLICATION_ID_BITS) : 0;
    }

    /** The DAC of an application identifier (its high 10 bits), or -1 when the data is unstructured. */
    static int designatedAreaCode(boolean structured, int applicationId) {
        return structured ? applicationId >>> 6 : -1;
    }

    /** The FI of an application identifier (its low 6 bits), or -1 when the data is unstructured. */
    static int functionId(boolean structured, int applicationId) {
        return structured ? applicationId & 0x3F : -1;
    }

    /** Writes the header; the destination and application identifier only when their flags say so. */
    static void write(BitWriter out, int messageType, int repeatIndicator, int mmsi, boolean addressed,
            boolean structured, int destinationMmsi, int applicationId) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).flag(addressed).flag(structured);
        if (addressed) {
            out.bits(destinationMmsi, DESTINATION_BITS);
        }
        if (structured) {
            out.bits(applicationId, APPLICATION_ID_BITS);
        }
    }
}
