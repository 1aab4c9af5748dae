package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;

/**
 * Dispatches decoding on the message type and says how many bits each type needs.
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageCodec {
    /** Highest message type defined by ITU-R M.1371-5. */
    public static final int MAX_TYPE = 27;

    private MessageCodec() {
    }

    /**
     * The fewest bits a message of this type may have to be decoded; shorter payloads are rejected.
     * Real transmitters send some types a few bits short (type 5 at 420-424 bits, type 24 at
     * 160-168): those are decoded with the missing trailing bits read as zero (types 1-3 at 163-167
     * bits keep the radio bits they have). The bounds are gpsd's ({@code driver_ais.c}).
     *
     * @return the minimum, or -1 when the type is not decoded
     */
    public static int minimumBits(int type) {
        return switch (type) {
            case 1, 2, 3 -> PositionReportClassA.MINIMUM_BITS;
            case 4, 11 -> BaseStationReport.BITS;
            case 5 -> StaticAndVoyageData.MINIMUM_BITS;
            case 9 -> SarAircraftPositionReport.BITS;
            case 18 -> StandardClassBPositionReport.BITS;
            case 19 -> ExtendedClassBPositionReport.BITS;
            case 21 -> AidToNavigationReport.BITS;
            case 24 -> StaticDataReport.MINIMUM_BITS;
            case 27 -> LongRangePositionReport.BITS;
            case 7, 13 -> Acknowledgement.MINIMUM_BITS;
            case 10 -> UtcDateInquiry.BITS;
            case 12 -> AddressedSafetyMessage.MINIMUM_BITS;
            case 14 -> SafetyBroadcastMessage.MINIMUM_BITS;
            case 15 -> Interrogation.MINIMUM_BITS;
            case 16 -> AssignmentModeCommand.MINIMUM_BITS;
            case 20 -> DataLinkManagement.MINIMUM_BITS;
            case 22 -> ChannelManagement.BITS;
            case 23 -> GroupAssignmentCommand.BITS;
            case 6 -> AddressedBinaryMessage.HEADER_BITS;
            case 8 -> BinaryBroadcastMessage.HEADER_BITS;
            case 17 -> GnssBroadcastBinaryMessage.HEADER_BITS;
            case 25 -> SingleSlotBinaryMessage.MINIMUM_BITS;
            case 26 -> MultipleSlotBinaryMessage.MINIMUM_BITS;
            default -> -1;
        };
    }

    /**
     * The fewest bits the message loaded in {@code bits} needs: {@link #minimumBits} of its type, more
     * for messages 25 and 26 when their flags announce a destination or an application identifier
     * (gpsd rejects those messages when shorter); -1 when the type is not decoded.
     */
    public static int requiredBits(BitReader bits) {
        int type = bits.unsigned(0, 6);
        return switch (type) {
            case 25 -> SingleSlotBinaryMessage.requiredBits(bits);
            case 26 -> MultipleSlotBinaryMessage.requiredBits(bits);
            default -> minimumBits(type);
        };
    }

    /**
     * Decodes the message loaded in {@code bits}. The caller has checked the type and the length
     * against {@link #minimumBits} and {@link #requiredBits}.
     */
    public static AisMessage decode(BitReader bits) {
        int type = bits.unsigned(0, 6);
        return switch (type) {
            case 1, 2, 3 -> PositionReportClassA.decode(bits);
            case 4, 11 -> BaseStationReport.decode(bits);
            case 5 -> StaticAndVoyageData.decode(bits);
            case 9 -> SarAircraftPositionReport.decode(bits);
            case 18 -> StandardClassBPositionReport.decode(bits);
            case 19 -> ExtendedClassBPositionReport.decode(bits);
            case 21 -> AidToNavigationReport.decode(bits);
            case 24 -> StaticDataReport.decode(bits);
            case 27 -> LongRangePositionReport.decode(bits);
            case 7, 13 -> Acknowledgement.decode(bits);
            case 10 -> UtcDateInquiry.decode(bits);
            case 12 -> AddressedSafetyMessage.decode(bits);
            case 14 -> SafetyBroadcastMessage.decode(bits);
            case 15 -> Interrogation.decode(bits);
            case 16 -> AssignmentModeCommand.decode(bits);
            case 20 -> DataLinkManagement.decode(bits);
            case 22 -> ChannelManagement.decode(bits);
            case 23 -> GroupAssignmentCommand.decode(bits);
            case 6 -> AddressedBinaryMessage.decode(bits);
            case 8 -> BinaryBroadcastMessage.decode(bits);
            case 17 -> GnssBroadcastBinaryMessage.decode(bits);
            case 25 -> SingleSlotBinaryMessage.decode(bits);
            case 26 -> MultipleSlotBinaryMessage.decode(bits);
            default -> throw new IllegalArgumentException("message type " + type + " is not decoded");
        };
    }

    /** Encodes {@code message} into {@code out} (which is reset first) and returns it. */
    public static BitWriter encode(AisMessage message, BitWriter out) {
        out.reset();
        message.encode(out);
        return out;
    }
}
