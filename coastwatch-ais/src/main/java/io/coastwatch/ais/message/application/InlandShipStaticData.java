package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Inland ship static and voyage related data, DAC 200 FI 10, broadcast in message 8 (Inland AIS
 * standard, CCNR, §2.4.1): 112 bits of application data. Like gpsd, decoded only at exactly that
 * length and with a valid hazard code.
 *
 * @param europeanVesselId ENI, the European vessel identification number (8 characters)
 * @param length length of the ship or convoy in 1/10 metre, 1-8000; 0 default (not available)
 * @param beam beam of the ship or convoy in 1/10 metre, 1-1000; 0 default (not available)
 * @param shipType ERI ship or combination type code (for example 8010 motor freighter)
 * @param hazardousCargo number of blue cones or lights 0-3, 4 B-flag, 5 unknown
 * @param draught static draught in 1/100 metre, 1-2000; 0 default (not available)
 * @param loadedStatus 0 not available, 1 unloaded, 2 loaded, 3 not used
 * @param speedQualityHigh quality of the speed information: high (certified sensor), else low
 * @param courseQualityHigh quality of the course information: high, else low
 * @param headingQualityHigh quality of the heading information: high, else low
 */
public record InlandShipStaticData(
        String europeanVesselId,
        int length,
        int beam,
        int shipType,
        int hazardousCargo,
        int draught,
        int loadedStatus,
        boolean speedQualityHigh,
        boolean courseQualityHigh,
        boolean headingQualityHigh) implements ApplicationData {

    /** Application data bits: 168-bit message 8 minus its 56-bit header (eight spare bits at the end). */
    public static final int BITS = 112;
    /** Highest hazardous cargo code, "unknown". */
    public static final int MAX_HAZARD = 5;

    /** Decodes the application data (bit 0 is the first bit after the FI). */
    static InlandShipStaticData decode(BitReader bits) {
        return new InlandShipStaticData(
                bits.text(0, 8),
                bits.unsigned(48, 13),
                bits.unsigned(61, 10),
                bits.unsigned(71, 14),
                bits.unsigned(85, 3),
                bits.unsigned(88, 11),
                bits.unsigned(99, 2),
                bits.flag(101),
                bits.flag(102),
                bits.flag(103));
    }

    /** Whether data of this length with this hazard code is decoded (gpsd's rule against false matches). */
    static boolean fits(BitReader bits) {
        return bits.bitLength() == BITS && bits.unsigned(85, 3) <= MAX_HAZARD;
    }

    /** Length in metres, NaN when not available. */
    public double lengthMetres() {
        return length == 0 || length > 8000 ? Double.NaN : length / 10.0;
    }

    /** Beam in metres, NaN when not available. */
    public double beamMetres() {
        return beam == 0 || beam > 1000 ? Double.NaN : beam / 10.0;
    }

    /** Static draught in metres, NaN when not available. */
    public double draughtMetres() {
        return draught == 0 || draught > 2000 ? Double.NaN : draught / 100.0;
    }
}
