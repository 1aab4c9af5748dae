package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Meteorological and hydrological data, DAC 1 FI 11, broadcast in message 8 (IMO SN.1/Circ.236
 * Annex 2 application 1; trial message, replaced by {@link MeteoHydroImo289} from 2013 but still
 * sent): 296 bits of application data. Temperatures, pressure and levels are offset codes; the
 * "not available" values are gpsd's ({@code gps.h}).
 *
 * @param latitudeThousandthMinute station latitude in 1/1000 minute, 91° not available
 * @param longitudeThousandthMinute station longitude in 1/1000 minute, 181° not available
 * @param day UTC day of the observation, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param wind average wind, gusts and their directions (directions: 511 not available)
 * @param airTemperatureCode air temperature: 1/10 °C plus 600 (-60.0 to +60.0 °C); 2047 not available
 * @param relativeHumidity relative humidity, % 0-100; 127 not available
 * @param dewPointCode dew point: 1/10 °C plus 200 (-20.0 to +50.0 °C); 1023 not available
 * @param airPressureCode air pressure: hPa minus 800 (800-1200 hPa); 511 not available
 * @param pressureTendency 0 steady, 1 decreasing, 2 increasing (IMO; gpsd's legends swap 1 and 2),
 *     3 not available
 * @param visibilityTenthNauticalMiles horizontal visibility in 1/10 nautical mile; 255 not available
 * @param waterLevelCode water level: decimetres plus 100 (-10.0 to +30.0 m); 511 not available
 * @param sea water level trend, currents, waves, swell and sea state (directions: 511 not available)
 * @param waterTemperatureCode water temperature: 1/10 °C plus 100 (-10.0 to +50.0 °C); 1023 not
 *     available
 * @param precipitationType WMO code table 4.201: 1 rain, 2 thunderstorm, 3 freezing rain, 4 mixed or
 *     ice, 5 snow; 0 and 6 reserved, 7 not available
 * @param salinityTenthPermille salinity in 1/10 ‰, 0-500; 511 not available
 * @param ice ice: 0 no, 1 yes, 2 reserved, 3 not available
 */
public record MeteoHydroImo236(
        int latitudeThousandthMinute,
        int longitudeThousandthMinute,
        int day,
        int hour,
        int minute,
        Wind wind,
        int airTemperatureCode,
        int relativeHumidity,
        int dewPointCode,
        int airPressureCode,
        int pressureTendency,
        int visibilityTenthNauticalMiles,
        int waterLevelCode,
        SeaConditions sea,
        int waterTemperatureCode,
        int precipitationType,
        int salinityTenthPermille,
        int ice) implements ApplicationData {

    /** Application data bits: 352-bit message 8 minus its 56-bit header. */
    public static final int BITS = 296;

    /** Decodes the application data (bit 0 is the first bit after the FI); missing bits read as zero. */
    static MeteoHydroImo236 decode(BitReader bits) {
        return new MeteoHydroImo236(
                bits.signed(0, 24),
                bits.signed(24, 25),
                bits.unsigned(49, 5),
                bits.unsigned(54, 5),
                bits.unsigned(59, 6),
                Wind.decode(bits, 65),
                bits.unsigned(97, 11),
                bits.unsigned(108, 7),
                bits.unsigned(115, 10),
                bits.unsigned(125, 9),
                bits.unsigned(134, 2),
                bits.unsigned(136, 8),
                bits.unsigned(144, 9),
                SeaConditions.decode(bits, 153),
                bits.unsigned(266, 10),
                bits.unsigned(276, 3),
                bits.unsigned(279, 9),
                bits.unsigned(288, 2));
    }

    /** Longitude in degrees, NaN when not available. */
    public double longitudeDegrees() {
        return Conversions.degrees(longitudeThousandthMinute, 1000, 180);
    }

    /** Latitude in degrees, NaN when not available. */
    public double latitudeDegrees() {
        return Conversions.degrees(latitudeThousandthMinute, 1000, 90);
    }

    /** Air temperature in °C, NaN when not available. */
    public double airTemperatureCelsius() {
        return Conversions.tenths(airTemperatureCode, 600, 1200);
    }

    /** Relative humidity in %, or -1 when not available. */
    public int relativeHumidityPercent() {
        return Conversions.whole(relativeHumidity, 100);
    }

    /** Dew point in °C, NaN when not available. */
    public double dewPointCelsius() {
        return Conversions.tenths(dewPointCode, 200, 700);
    }

    /** Air pressure in hPa, or -1 when not available. */
    public int airPressureHectopascals() {
        return airPressureCode <= 400 ? airPressureCode + 800 : -1;
    }

    /** Horizontal visibility in nautical miles, NaN when not available. */
    public double visibilityNauticalMiles() {
        return Conversions.tenths(visibilityTenthNauticalMiles, 0, 254);
    }

    /** Water level in metres, NaN when not available. */
    public double waterLevelMetres() {
        return Conversions.tenths(waterLevelCode, 100, 400);
    }

    /** Water temperature in °C, NaN when not available. */
    public double waterTemperatureCelsius() {
        return Conversions.tenths(waterTemperatureCode, 100, 600);
    }

    /** Salinity in ‰, NaN when not available. */
    public double salinityPermille() {
        return Conversions.tenths(salinityTenthPermille, 0, 500);
    }
}
