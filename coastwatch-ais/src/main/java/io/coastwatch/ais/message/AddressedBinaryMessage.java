package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.message.application.ApplicationData;
import java.util.Optional;

/**
 * Message 6: addressed binary message (ITU-R M.1371-5 §3.6, Table 54), 88 to 1008 bits: an
 * application identifier (DAC and FI, Annex 5 §2.1) and up to 920 bits of application data, sent to
 * one station.
 *
 * <p>The application data is kept as sent, so that the message encodes back to the same bits;
 * {@link #application()} decodes the contents of the international and regional applications that
 * gpsd knows.
 *
 * @param messageType always 6
 * @param repeatIndicator 0-3
 * @param mmsi source MMSI
 * @param sequenceNumber sequence number 0-3 (Annex 2 §5.3.1)
 * @param destinationMmsi MMSI of the addressed station
 * @param retransmitted retransmit flag: the message is a retransmission
 * @param spare the spare bit, as sent
 * @param designatedAreaCode DAC, 10 bits (1 international, 0 test, else an area's MID)
 * @param functionId FI, 6 bits: the application within the DAC
 * @param data the application data that follows the FI
 */
public record AddressedBinaryMessage(
        int messageType,
        int repeatIndicator,
        int mmsi,
        int sequenceNumber,
        int destinationMmsi,
        boolean retransmitted,
        int spare,
        int designatedAreaCode,
        int functionId,
        BinaryData data) implements AisMessage {

    /** Bits before the application data (and the fewest gpsd accepts). */
    public static final int HEADER_BITS = 88;
    /** Most bits gpsd accepts. */
    public static final int MAX_BITS = 1008;

    /** Decodes a loaded message 6: the application data runs from bit 88 to the end. */
    public static AddressedBinaryMessage decode(BitReader bits) {
        return new AddressedBinaryMessage(
                bits.unsigned(0, 6),
                bits.unsigned(6, 2),
                bits.unsigned(8, 30),
                bits.unsigned(38, 2),
                bits.unsigned(40, 30),
                bits.flag(70),
                bits.unsigned(71, 1),
                bits.unsigned(72, 10),
                bits.unsigned(82, 6),
                BinaryData.read(bits, HEADER_BITS, bits.bitLength() - HEADER_BITS));
    }

    @Override
    public void encode(BitWriter out) {
        out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(sequenceNumber, 2)
                .bits(destinationMmsi, 30).flag(retransmitted).bits(spare, 1).bits(designatedAreaCode, 10)
                .bits(functionId, 6);
        data.writeTo(out);
    }

    /**
     * The application data decoded, when this DAC/FI is one Coastwatch decodes and the data has a
     * length its layout allows (the lengths gpsd accepts); empty otherwise. Decoded on each call;
     * never throws.
     */
    public Optional<ApplicationData> application() {
        return ApplicationData.decodeAddressed(designatedAreaCode, functionId, data.bytes(), data.bitCount());
    }
}
