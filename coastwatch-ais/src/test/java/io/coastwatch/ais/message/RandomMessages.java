package io.coastwatch.ais.message;

import java.util.Random;

/**
 * Random messages of every type, each field drawn over its whole bit range, for the round-trip and
 * fuzz tests. The caller owns the seed.
 */
public final class RandomMessages {
    /** Every message type this class generates. */
    public static final int[] TYPES = {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27
    };

    private static final int LONGEST_TEXT_MESSAGE_BITS = 1008;
    private static final int MAXIMUM_TEXT_FILL = 11;

    private final Random random;

    public RandomMessages(Random random) {
        this.random = random;
    }

    /** A random message of {@code type} (1-27). */
    public AisMessage of(int type) {
        return switch (type) {
            case 1, 2, 3 -> new PositionReportClassA(type, bits(2), bits(30), bits(4), signed(8), bits(10),
                    flag(), signed(28), signed(27), bits(12), bits(9), bits(6), bits(2), bits(3), flag(), bits(19));
            case 4, 11 -> new BaseStationReport(type, bits(2), bits(30), bits(14), bits(4), bits(5), bits(5), bits(6),
                    bits(6), flag(), signed(28), signed(27), bits(4), flag(), bits(9), flag(), bits(19));
            case 5 -> new StaticAndVoyageData(type, bits(2), bits(30), bits(2), bits(30), text(7), text(20), bits(8),
                    dimensions(), bits(4), bits(4), bits(5), bits(5), bits(6), bits(8), text(20), flag(), bits(1));
            case 9 -> new SarAircraftPositionReport(type, bits(2), bits(30), bits(12), bits(10), flag(), signed(28),
                    signed(27), bits(12), bits(6), bits(8), flag(), bits(3), flag(), flag(), bits(20));
            case 18 -> new StandardClassBPositionReport(type, bits(2), bits(30), bits(8), bits(10), flag(), signed(28),
                    signed(27), bits(12), bits(9), bits(6), bits(2), flag(), flag(), flag(), flag(), flag(), flag(),
                    flag(), bits(20));
            case 19 -> new ExtendedClassBPositionReport(type, bits(2), bits(30), bits(8), bits(10), flag(), signed(28),
                    signed(27), bits(12), bits(9), bits(6), bits(4), text(20), bits(8), dimensions(), bits(4), flag(),
                    flag(), flag(), bits(4));
            case 21 -> new AidToNavigationReport(type, bits(2), bits(30), bits(5), untrimmedText(20), flag(),
                    signed(28), signed(27), dimensions(), bits(4), bits(6), flag(), bits(8), flag(), flag(), flag(), bits(1),
                    untrimmedText(AidToNavigationReport.MAX_EXTENSION_CHARACTERS));
            case 24 -> flag()
                    ? new StaticDataReport.PartA(type, bits(2), bits(30), 0, text(20), bits(8))
                    : new StaticDataReport.PartB(type, bits(2), bits(30), 1 + random.nextInt(3), bits(8),
                            untrimmedText(StaticDataReport.PartB.MANUFACTURER_CHARACTERS), bits(4), bits(20), text(7),
                            dimensions(), bits(4), bits(2));
            case 27 -> new LongRangePositionReport(type, bits(2), bits(30), flag(), flag(), bits(4), signed(18),
                    signed(17), bits(6), bits(9), flag(), bits(1));
            case 7, 13 -> acknowledgement(type);
            case 10 -> new UtcDateInquiry(type, bits(2), bits(30), bits(2), bits(30), bits(2));
            case 12 -> addressedSafetyMessage();
            case 14 -> safetyBroadcastMessage();
            case 15 -> interrogation();
            case 16 -> assignmentModeCommand();
            case 20 -> dataLinkManagement();
            case 22 -> channelManagement();
            case 23 -> new GroupAssignmentCommand(type, bits(2), bits(30), bits(2), signed(18), signed(17), signed(18),
                    signed(17), bits(4), bits(8), bits(22), bits(2), bits(4), bits(4), bits(6));
            case 6 -> new AddressedBinaryMessage(type, bits(2), bits(30), bits(2), bits(30), flag(), bits(1), bits(10),
                    bits(6), binaryData(AddressedBinaryMessage.MAX_BITS - AddressedBinaryMessage.HEADER_BITS));
            case 8 -> new BinaryBroadcastMessage(type, bits(2), bits(30), bits(2), bits(10), bits(6),
                    binaryData(BinaryBroadcastMessage.MAX_BITS - BinaryBroadcastMessage.HEADER_BITS));
            case 17 -> new GnssBroadcastBinaryMessage(type, bits(2), bits(30), bits(2), signed(18), signed(17), bits(5),
                    binaryData(GnssBroadcastBinaryMessage.MAX_BITS - GnssBroadcastBinaryMessage.HEADER_BITS));
            case 25 -> singleSlotBinary();
            case 26 -> multipleSlotBinary();
            default -> throw new IllegalArgumentException("no random messages of type " + type + " yet");
        };
    }

    /** Any length from 72 to 192 bits: 1-4 destinations, the last one possibly cut, or trailing bits. */
    private Acknowledgement acknowledgement(int type) {
        int length = between(Acknowledgement.MINIMUM_BITS, Acknowledgement.LAYOUT_BITS + 24);
        return new Acknowledgement(type, bits(2), bits(30), bits(2),
                bits(30), cut(bits(2), 70, 2, length),
                cut(bits(30), 72, 30, length), cut(bits(2), 102, 2, length),
                cut(bits(30), 104, 30, length), cut(bits(2), 134, 2, length),
                cut(bits(30), 136, 30, length), cut(bits(2), 166, 2, length),
                trailing(Acknowledgement.LAYOUT_BITS, length), length);
    }

    /**
     * A text the decoder gives back whole and 0-11 trailing bits, within the 1008 bits (five slots) of
     * the longest message.
     */
    private AddressedSafetyMessage addressedSafetyMessage() {
        int header = AddressedSafetyMessage.MINIMUM_BITS;
        String text = text((LONGEST_TEXT_MESSAGE_BITS - header - MAXIMUM_TEXT_FILL) / 6);
        int fill = random.nextInt(MAXIMUM_TEXT_FILL + 1);
        return new AddressedSafetyMessage(12, bits(2), bits(30), bits(2), bits(30), flag(), bits(1), text,
                textFill(fill), header + 6 * text.length() + fill);
    }

    /** As {@link #addressedSafetyMessage()}, after a 40-bit header. */
    private SafetyBroadcastMessage safetyBroadcastMessage() {
        int header = SafetyBroadcastMessage.MINIMUM_BITS;
        String text = text((LONGEST_TEXT_MESSAGE_BITS - header - MAXIMUM_TEXT_FILL) / 6);
        int fill = random.nextInt(MAXIMUM_TEXT_FILL + 1);
        return new SafetyBroadcastMessage(14, bits(2), bits(30), bits(2), text, textFill(fill),
                header + 6 * text.length() + fill);
    }

    /**
     * Random bits to follow a text: fewer than six are not a character; from six on, the first
     * character is '@' (0), which ends the text for the decoder.
     */
    private long textFill(int width) {
        long fill = width == 0 ? 0 : random.nextLong() >>> (64 - width);
        return width < 6 ? fill : fill & ((1L << (width - 6)) - 1);
    }

    /** Any length from 88 to 168 bits (gpsd's range): 1-3 requests, the last field possibly cut. */
    private Interrogation interrogation() {
        int length = between(Interrogation.MINIMUM_BITS, 168);
        return new Interrogation(15, bits(2), bits(30), bits(2), bits(30), bits(6), bits(12),
                cut(bits(2), 88, 2, length), cut(bits(6), 90, 6, length), cut(bits(12), 96, 12, length),
                cut(bits(2), 108, 2, length), cut(bits(30), 110, 30, length), cut(bits(6), 140, 6, length),
                cut(bits(12), 146, 12, length), cut(bits(2), 158, 2, length),
                trailing(Interrogation.LAYOUT_BITS, length), length);
    }

    /** One assignment and 4-51 trailing bits (96-143 bits), or two and 0-24 trailing bits (144-168). */
    private AssignmentModeCommand assignmentModeCommand() {
        if (flag()) {
            int length = between(AssignmentModeCommand.MINIMUM_BITS, AssignmentModeCommand.TWO_ASSIGNMENTS_BITS - 1);
            return new AssignmentModeCommand(16, bits(2), bits(30), bits(2), bits(30), bits(12), bits(10), 0, 0, 0,
                    trailing(92, length), length);
        }
        int length = between(AssignmentModeCommand.TWO_ASSIGNMENTS_BITS, 168);
        return new AssignmentModeCommand(16, bits(2), bits(30), bits(2), bits(30), bits(12), bits(10), bits(30),
                bits(12), bits(10), trailing(AssignmentModeCommand.TWO_ASSIGNMENTS_BITS, length), length);
    }

    /** Any length from 72 to 186 bits (gpsd's range): reservations past it zero, the last one possibly cut. */
    private DataLinkManagement dataLinkManagement() {
        int length = between(DataLinkManagement.MINIMUM_BITS, 186);
        return new DataLinkManagement(20, bits(2), bits(30), bits(2),
                bits(12), bits(4), bits(3), bits(11),
                cut(bits(12), 70, 12, length), cut(bits(4), 82, 4, length),
                cut(bits(3), 86, 3, length), cut(bits(11), 89, 11, length),
                cut(bits(12), 100, 12, length), cut(bits(4), 112, 4, length),
                cut(bits(3), 116, 3, length), cut(bits(11), 119, 11, length),
                cut(bits(12), 130, 12, length), cut(bits(4), 142, 4, length),
                cut(bits(3), 146, 3, length), cut(bits(11), 149, 11, length),
                trailing(DataLinkManagement.LAYOUT_BITS, length), length);
    }

    /** The addressed or the area form, the fields of the other form zero. */
    private ChannelManagement channelManagement() {
        boolean addressed = flag();
        return new ChannelManagement(22, bits(2), bits(30), bits(2), bits(12), bits(12), bits(4), flag(),
                addressed ? 0 : signed(18), addressed ? 0 : signed(17),
                addressed ? 0 : signed(18), addressed ? 0 : signed(17),
                addressed ? bits(30) : 0, addressed ? bits(5) : 0,
                addressed ? bits(30) : 0, addressed ? bits(5) : 0,
                addressed, flag(), flag(), bits(3), bits(23));
    }

    /** Random trailing bits of a message of {@code bitLength} bits whose fields end at {@code fieldsEnd}. */
    private long trailing(int fieldsEnd, int bitLength) {
        int width = Math.clamp(bitLength - fieldsEnd, 0, 57);
        return width == 0 ? 0 : random.nextLong() >>> (64 - width);
    }

    /** A uniformly drawn int from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /**
     * {@code value}, a field of {@code width} bits starting at bit {@code start}, as a decoder reads it
     * from a message of {@code bitLength} bits: the bits at or past the end read as zero.
     */
    public static int cut(int value, int start, int width, int bitLength) {
        int kept = Math.clamp(bitLength - start, 0, width);
        long keptMask = ((1L << width) - 1) & -(1L << (width - kept));
        return (int) (value & keptMask);
    }

    private SingleSlotBinaryMessage singleSlotBinary() {
        boolean addressed = flag();
        boolean structured = flag();
        return new SingleSlotBinaryMessage(25, bits(2), bits(30), addressed, structured, addressed ? bits(30) : 0,
                structured ? bits(16) : 0,
                binaryData(SingleSlotBinaryMessage.MAX_BITS - SlotBinaryHeader.bits(addressed, structured)));
    }

    private MultipleSlotBinaryMessage multipleSlotBinary() {
        boolean addressed = flag();
        boolean structured = flag();
        return new MultipleSlotBinaryMessage(26, bits(2), bits(30), addressed, structured, addressed ? bits(30) : 0,
                structured ? bits(16) : 0,
                binaryData(MultipleSlotBinaryMessage.MAX_BITS - SlotBinaryHeader.bits(addressed, structured)
                        - MultipleSlotBinaryMessage.COMMUNICATION_STATE_BITS),
                flag(), bits(19));
    }

    /** Binary data of a random length from 0 to {@code maxBits} bits. */
    public BinaryData binaryData(int maxBits) {
        int bitCount = random.nextInt(maxBits + 1);
        return new BinaryData(data(bitCount), bitCount);
    }

    /** An unsigned value of {@code width} bits (1-32; 32 bits come back as an int's bit pattern). */
    public int bits(int width) {
        return (int) (random.nextLong() >>> (64 - width));
    }

    /** A two's-complement value of {@code width} bits, sign-extended. */
    public int signed(int width) {
        return (int) (random.nextLong() >> (64 - width));
    }

    public boolean flag() {
        return random.nextBoolean();
    }

    /** Six-bit text of up to {@code characters} characters, as a decoder returns it (trimmed, no '@'). */
    public String text(int characters) {
        return untrimmedText(characters).stripTrailing();
    }

    /**
     * Six-bit text of up to {@code characters} characters with no '@', trailing spaces kept, as
     * {@code BitReader.untrimmedText} returns it.
     */
    public String untrimmedText(int characters) {
        int length = random.nextInt(characters + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int value = 1 + random.nextInt(63);
            text.append((char) (value < 32 ? value + 64 : value));
        }
        return text.toString();
    }

    /** Random dimensions, each over its whole range. */
    public ShipDimensions dimensions() {
        return new ShipDimensions(bits(9), bits(9), bits(6), bits(6));
    }

    /** Random binary data of {@code bitCount} bits, unused trailing bits zero. */
    public byte[] data(int bitCount) {
        byte[] data = new byte[(bitCount + 7) / 8];
        random.nextBytes(data);
        if (bitCount % 8 != 0) {
            data[data.length - 1] &= (byte) (0xFF << (8 - bitCount % 8));
        }
        return data;
    }

    public Random random() {
        return random;
    }
}
