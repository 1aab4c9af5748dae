package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.bits.SixBit;
import java.util.ArrayList;
import java.util.List;

/**
 * VTS-generated or synthetic targets, DAC 1 FI 17, broadcast in message 8 (IMO SN.1/Circ.289 §4):
 * targets of 122 bits each. As gpsd counts them, a target is decoded wherever it starts within the data
 * or just at its end, missing bits reading as zero.
 *
 * @param targets the targets
 */
public record VtsTargets(List<Target> targets) implements ApplicationData {

    /** Bits of one target. */
    public static final int TARGET_BITS = 122;

    /** @param targets copied into an unmodifiable list */
    public VtsTargets {
        targets = List.copyOf(targets);
    }

    static VtsTargets decode(BitReader bits) {
        List<Target> targets = new ArrayList<>();
        for (int start = 0; start <= bits.bitLength(); start += TARGET_BITS) {
            targets.add(new Target(bits.unsigned(start, 2), bits.bits(start + 2, 42), bits.signed(start + 48, 24),
                    bits.signed(start + 72, 25), bits.unsigned(start + 97, 9), bits.unsigned(start + 106, 6),
                    bits.unsigned(start + 112, 10)));
        }
        return new VtsTargets(targets);
    }

    /** Writes the application data, spare bits zero. */
    public void encode(BitWriter out) {
        for (Target target : targets) {
            out.bits(target.identifierType(), 2).bits(target.identifier(), 42).bits(0, 4)
                    .bits(target.latitudeThousandthMinute(), 24).bits(target.longitudeThousandthMinute(), 25)
                    .bits(target.courseDegrees(), 9).bits(target.second(), 6).bits(target.speedKnots(), 10);
        }
    }

    /**
     * One target.
     *
     * @param identifierType how {@code identifier} identifies it: 0 MMSI, 1 IMO number, 2 call sign, 3 other
     * @param identifier the 42 bits sent: a number for an MMSI or IMO number, seven six-bit characters
     *     for a call sign or another identifier ({@link #identifierText()})
     * @param latitudeThousandthMinute latitude in 1/1000 minute, 91° not available
     * @param longitudeThousandthMinute longitude in 1/1000 minute, 181° not available
     * @param courseDegrees course over ground, degrees 0-359; 360 not available
     * @param second UTC second of the report, 0-59; 60 not available
     * @param speedKnots speed over ground in knots, 0-254; 255 not available
     */
    public record Target(int identifierType, long identifier, int latitudeThousandthMinute,
            int longitudeThousandthMinute, int courseDegrees, int second, int speedKnots) {

        private static final int IDENTIFIER_CHARACTERS = 7;

        /**
         * The identifier as seven six-bit characters, up to the first {@code '@'}, trailing spaces
         * trimmed (meaningful for a call sign or another identifier).
         */
        public String identifierText() {
            StringBuilder text = new StringBuilder(IDENTIFIER_CHARACTERS);
            for (int i = 0; i < IDENTIFIER_CHARACTERS; i++) {
                char character = SixBit.toAscii((int) (identifier >>> (6 * (IDENTIFIER_CHARACTERS - 1 - i))) & 63);
                if (character == '@') {
                    break;
                }
                text.append(character);
            }
            return text.toString().stripTrailing();
        }

        /** Latitude in degrees, NaN when not available. */
        public double latitudeDegrees() {
            return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
        }

        /** Longitude in degrees, NaN when not available. */
        public double longitudeDegrees() {
            return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
        }
    }
}
