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
            default -> throw new IllegalArgumentException("no random messages of type " + type + " yet");
        };
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
