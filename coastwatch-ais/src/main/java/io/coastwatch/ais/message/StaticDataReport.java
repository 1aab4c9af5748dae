package io.coastwatch.ais.message;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import io.coastwatch.ais.bits.SixBit;

/**
 * Message 24: static data report, sent as two separate messages (ITU-R M.1371-5 Annex 8 §3.22):
 * {@link PartA} with the name and {@link PartB} with the rest, told apart by the part number.
 * Each part is decoded on its own, as it comes; pairing them is the reader's business (gpsd's JSON
 * pairing is in {@link io.coastwatch.ais.json.GpsdJsonStream}).
 */
public sealed interface StaticDataReport extends AisMessage permits StaticDataReport.PartA, StaticDataReport.PartB {

    /** Fewest bits decoded: a part A of ITU-R M.1371-5 (gpsd takes part A at 160-168 bits). */
    int MINIMUM_BITS = 160;

    /** Part number: 0 for part A, 1 for part B (2 and 3 are not defined). */
    int partNumber();

    /**
     * Decodes a loaded message 24: part number 0 as {@link PartA}, any other (1, or the undefined 2
     * and 3, which gpsd rejects) as {@link PartB}.
     */
    static StaticDataReport decode(BitReader bits) {
        return bits.unsigned(38, 2) == 0 ? PartA.decode(bits) : PartB.decode(bits);
    }

    /**
     * Message 24 part A: the name. 160 bits; ITU-R M.1371-4 and earlier added 8 spare bits, which
     * are kept and written back when not zero.
     *
     * @param messageType 24
     * @param repeatIndicator 0-3
     * @param mmsi source MMSI
     * @param partNumber 0
     * @param shipName name, up to 20 characters, trimmed ("" not available)
     * @param spare the 8 spare bits of 168-bit part A messages, as sent (0 when absent)
     */
    record PartA(
            int messageType,
            int repeatIndicator,
            int mmsi,
            int partNumber,
            String shipName,
            int spare) implements StaticDataReport {

        /** Decodes a loaded message 24 part A. */
        public static PartA decode(BitReader bits) {
            return new PartA(
                    bits.unsigned(0, 6),
                    bits.unsigned(6, 2),
                    bits.unsigned(8, 30),
                    bits.unsigned(38, 2),
                    bits.text(40, 20),
                    bits.unsigned(160, 8));
        }

        @Override
        public void encode(BitWriter out) {
            out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(partNumber, 2).text(shipName, 20);
            if (spare != 0) {
                out.bits(spare, 8);
            }
        }
    }

    /**
     * Message 24 part B: type, vendor, call sign and dimensions. 168 bits.
     *
     * <p>An auxiliary craft (MMSI 98MIDXXXX, a boat belonging to a mother ship) sends its mother
     * ship's MMSI in place of its dimensions: see {@link #mothershipMmsi()}.
     *
     * @param messageType 24
     * @param repeatIndicator 0-3
     * @param mmsi source MMSI
     * @param partNumber 1 (or the undefined 2 or 3, as sent)
     * @param shipType type of ship and cargo, 0-255 (0 not available); see
     *     {@link io.coastwatch.ais.json.GpsdText#shipType}
     * @param manufacturerId manufacturer's id, the first 3 characters of the vendor id, up to the
     *     first {@code '@'}, trailing spaces kept
     * @param unitModelCode unit model code, 0-15 (0 not available)
     * @param serialNumber unit serial number, 0-1 048 575 (0 not available)
     * @param callSign call sign, up to 7 characters, trimmed ("" not available)
     * @param dimensions dimensions and reference point, or the mother ship's MMSI for an auxiliary
     *     craft
     * @param epfd type of position-fixing device, 0-15 (ITU-R M.1371-5; spare bits before);
     *     see {@link io.coastwatch.ais.json.GpsdText#epfd}
     * @param spare two spare bits, as sent
     */
    record PartB(
            int messageType,
            int repeatIndicator,
            int mmsi,
            int partNumber,
            int shipType,
            String manufacturerId,
            int unitModelCode,
            int serialNumber,
            String callSign,
            ShipDimensions dimensions,
            int epfd,
            int spare) implements StaticDataReport {

        /** Length in bits. */
        public static final int BITS = 168;
        /** Characters of the manufacturer's id. */
        public static final int MANUFACTURER_CHARACTERS = 3;

        /** Decodes a loaded message 24 part B. */
        public static PartB decode(BitReader bits) {
            return new PartB(
                    bits.unsigned(0, 6),
                    bits.unsigned(6, 2),
                    bits.unsigned(8, 30),
                    bits.unsigned(38, 2),
                    bits.unsigned(40, 8),
                    bits.untrimmedText(48, MANUFACTURER_CHARACTERS),
                    bits.unsigned(66, 4),
                    bits.unsigned(70, 20),
                    bits.text(90, 7),
                    ShipDimensions.decode(bits, 132),
                    bits.unsigned(162, 4),
                    bits.unsigned(166, 2));
        }

        @Override
        public void encode(BitWriter out) {
            out.bits(messageType, 6).bits(repeatIndicator, 2).bits(mmsi, 30).bits(partNumber, 2).bits(shipType, 8)
                    .text(manufacturerId, MANUFACTURER_CHARACTERS).bits(unitModelCode, 4).bits(serialNumber, 20)
                    .text(callSign, 7);
            dimensions.encode(out);
            out.bits(epfd, 4).bits(spare, 2);
        }

        /** True for an auxiliary craft: MMSI 98MIDXXXX. */
        public boolean auxiliaryCraft() {
            return mmsi / 10_000_000 == 98;
        }

        /** The mother ship's MMSI when this is an auxiliary craft, else -1. */
        public int mothershipMmsi() {
            return auxiliaryCraft() ? dimensions.asThirtyBits() : -1;
        }

        /**
         * The 7-character vendor id of ITU-R M.1371-3 and earlier, which spans the manufacturer's id,
         * the model code and the serial number (gpsd's {@code vendorid}): read as text up to the
         * first {@code '@'}, trailing spaces trimmed.
         */
        public String legacyVendorId() {
            if (manufacturerId.length() < MANUFACTURER_CHARACTERS) {
                return manufacturerId.stripTrailing();
            }
            int modelAndSerial = unitModelCode << 20 | serialNumber;
            StringBuilder vendorId = new StringBuilder(7).append(manufacturerId);
            for (int shift = 18; shift >= 0; shift -= 6) {
                int value = (modelAndSerial >>> shift) & 0x3F;
                if (value == 0) {
                    break;
                }
                vendorId.append(SixBit.toAscii(value));
            }
            return vendorId.toString().stripTrailing();
        }
    }
}
