package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import java.util.Optional;

/**
 * The decoded contents of the binary data of a message 6 or 8, one record per application (DAC/FI).
 *
 * <p>Which applications are decoded, and at which data lengths, follows gpsd ({@code driver_ais.c}):
 * where gpsd would print the data as raw bits, the decoders here return empty, with one addition:
 * area notices, which gpsd leaves raw. Decoding never throws; fields past the end of short data read
 * as zero where gpsd decodes such data. Two applications are read where their layout puts them
 * rather than where gpsd reads them (air draught and persons on board, DAC 1 FI 15 and 16: see
 * {@link AirDraught} and {@link PersonsOnBoard}).
 */
public sealed interface ApplicationData permits MeteoHydroImo236, MeteoHydroImo289, AtonMonitoringData,
        DangerousCargoImo236, TidalWindowImo236, TidalWindowImo289, ClearanceTimeToEnterPort, TextDescription,
        InlandShipStaticData, AreaNotice, AirDraught, PersonsOnBoard, BerthingData, DangerousCargoImo289,
        RouteInformation, FairwayClosed, VtsTargets, MarineTrafficSignal, InlandEta, InlandRta,
        InlandPersonsOnBoard, EmmaWarning, WaterLevels, SignalStatus {

    /** International applications (IMO). */
    int INTERNATIONAL_DAC = 1;
    /** Inland waterways (Inland AIS standard). */
    int INLAND_DAC = 200;
    /** United Kingdom. */
    int UK_DAC = 235;
    /** Ireland. */
    int IRELAND_DAC = 250;

    /**
     * Decodes the application data of a message 6 (addressed).
     *
     * @param data the bits after the FI, {@code (bitCount + 7) / 8} bytes or more
     * @param bitCount number of data bits
     * @return the decoded application, or empty when this DAC/FI or this length is not decoded
     */
    static Optional<ApplicationData> decodeAddressed(int designatedAreaCode, int functionId, byte[] data,
            int bitCount) {
        if (!fits(data, bitCount)) {
            return Optional.empty();
        }
        ApplicationData decoded = switch (designatedAreaCode) {
            case INTERNATIONAL_DAC -> switch (functionId) {
                case 12 -> DangerousCargoImo236.decode(paddedReader(data, bitCount, DangerousCargoImo236.BITS));
                case 14 -> TidalWindowImo236.decode(reader(data, bitCount));
                case 15 -> AirDraught.decode(reader(data, bitCount));
                case 16 -> personsOnBoard(data, bitCount);
                case 18 -> ClearanceTimeToEnterPort.decode(paddedReader(data, bitCount, ClearanceTimeToEnterPort.BITS));
                case 20 -> BerthingData.decode(reader(data, bitCount));
                case 23 -> areaNotice(data, bitCount);
                case 25 -> DangerousCargoImo289.decode(reader(data, bitCount));
                case 28 -> RouteInformation.decode(reader(data, bitCount));
                case 30 -> TextDescription.decode(reader(data, bitCount));
                case 32 -> TidalWindowImo289.decode(reader(data, bitCount));
                default -> null;
            };
            case INLAND_DAC -> switch (functionId) {
                case 21 -> bitCount == InlandEta.BITS ? InlandEta.decode(reader(data, bitCount)) : null;
                case 22 -> bitCount == InlandRta.BITS ? InlandRta.decode(reader(data, bitCount)) : null;
                case 55 -> bitCount == InlandPersonsOnBoard.BITS
                        ? InlandPersonsOnBoard.decode(reader(data, bitCount)) : null;
                default -> null;
            };
            case UK_DAC, IRELAND_DAC -> functionId == 10 && bitCount == AtonMonitoringData.BITS
                    ? AtonMonitoringData.decode(reader(data, bitCount)) : null;
            default -> null;
        };
        return Optional.ofNullable(decoded);
    }

    /**
     * Decodes the application data of a message 8 (broadcast).
     *
     * @param data the bits after the FI, {@code (bitCount + 7) / 8} bytes or more
     * @param bitCount number of data bits
     * @return the decoded application, or empty when this DAC/FI or this length is not decoded
     */
    static Optional<ApplicationData> decodeBroadcast(int designatedAreaCode, int functionId, byte[] data,
            int bitCount) {
        if (!fits(data, bitCount)) {
            return Optional.empty();
        }
        ApplicationData decoded = switch (designatedAreaCode) {
            case INTERNATIONAL_DAC -> switch (functionId) {
                case 11 -> MeteoHydroImo236.decode(paddedReader(data, bitCount, MeteoHydroImo236.BITS));
                case 13 -> FairwayClosed.decode(reader(data, bitCount));
                case 15 -> AirDraught.decode(reader(data, bitCount));
                case 16 -> PersonsOnBoard.BROADCAST_BITS.contains(bitCount) ? personsOnBoard(data, bitCount) : null;
                case 17 -> VtsTargets.decode(reader(data, bitCount));
                case 19 -> MarineTrafficSignal.decode(reader(data, bitCount));
                case 22 -> areaNotice(data, bitCount);
                case 27 -> RouteInformation.decode(reader(data, bitCount));
                case 29 -> TextDescription.decode(reader(data, bitCount));
                case 31 -> MeteoHydroImo289.decode(paddedReader(data, bitCount, MeteoHydroImo289.BITS));
                default -> null;
            };
            case INLAND_DAC -> switch (functionId) {
                case 10 -> {
                    BitReader bits = reader(data, bitCount);
                    yield InlandShipStaticData.fits(bits) ? InlandShipStaticData.decode(bits) : null;
                }
                case 23 -> bitCount == EmmaWarning.BITS ? EmmaWarning.decode(reader(data, bitCount)) : null;
                case 24 -> bitCount == WaterLevels.BITS ? WaterLevels.decode(reader(data, bitCount)) : null;
                case 40 -> bitCount == SignalStatus.BITS ? SignalStatus.decode(reader(data, bitCount)) : null;
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(decoded);
    }

    private static PersonsOnBoard personsOnBoard(byte[] data, int bitCount) {
        return bitCount >= PersonsOnBoard.COUNT_BITS ? PersonsOnBoard.decode(reader(data, bitCount)) : null;
    }

    private static AreaNotice areaNotice(byte[] data, int bitCount) {
        return AreaNotice.fits(bitCount) ? AreaNotice.decode(reader(data, bitCount)) : null;
    }

    private static boolean fits(byte[] data, int bitCount) {
        return bitCount >= 0 && bitCount <= BitReader.MAX_BITS && data.length >= (bitCount + 7) / 8;
    }

    /**
     * A reader of the data zero-padded to {@code layoutBits}, for the layouts that gpsd reads whole
     * whatever the data length: a character cut by the end of the data then decodes from its bits and
     * zeros, as in gpsd, instead of being dropped.
     */
    private static BitReader paddedReader(byte[] data, int bitCount, int layoutBits) {
        if (bitCount >= layoutBits) {
            return reader(data, bitCount);
        }
        byte[] padded = new byte[(layoutBits + 7) / 8];
        System.arraycopy(data, 0, padded, 0, (bitCount + 7) / 8);
        if (bitCount % 8 != 0) {
            padded[bitCount / 8] &= (byte) (0xFF << (8 - bitCount % 8));
        }
        return reader(padded, layoutBits);
    }

    private static BitReader reader(byte[] data, int bitCount) {
        BitReader bits = new BitReader();
        bits.loadBits(data, bitCount);
        return bits;
    }
}
