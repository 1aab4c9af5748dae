package io.coastwatch.ais.message;

import java.util.Random;

/**
 * Random messages of every type, each field drawn over its whole bit range, for the round-trip and
 * fuzz tests. The caller owns the seed.
 */
public final class RandomMessages {
    private final Random random;

    public RandomMessages(Random random) {
        this.random = random;
    }

    /** A random message of {@code type} (1-27). */
    public AisMessage of(int type) {
        return switch (type) {
            case 1, 2, 3 -> new PositionReportClassA(type, bits(2), bits(30), bits(4), signed(8), bits(10),
                    flag(), signed(28), signed(27), bits(12), bits(9), bits(6), bits(2), bits(3), flag(), bits(19));
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
        int length = random.nextInt(characters + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int value = 1 + random.nextInt(63);
            text.append((char) (value < 32 ? value + 64 : value));
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
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
