package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;

/**
 * Meteorological and hydrological data, DAC 1 FI 31, broadcast in message 8 (IMO SN.1/Circ.289
 * §2): 304 bits of application data. Replaces {@link MeteoHydroImo236}.
 *
 * @param longitudeThousandthMinute station longitude in 1/1000 minute, 181° not available
 * @param latitudeThousandthMinute station latitude in 1/1000 minute, 91° not available
 * @param positionAccurate position accuracy flag (true: better than 10 m)
 * @param day UTC day of the observation, 1-31; 0 not available
 * @param hour UTC hour, 0-23; 24 not available
 * @param minute UTC minute, 0-59; 60 not available
 * @param wind average wind, gusts and their directions (directions: 360 not available)
 * @param airTemperatureTenthCelsius air temperature in 1/10 °C, -600 to 600 (11 bits, signed); -1024
 *     not available
 * @param relativeHumidity relative humidity, % 0-100; 101 not available
 * @param dewPointTenthCelsius dew point in 1/10 °C, -200 to 500 (10 bits, signed); 501 not available
 * @param airPressureCode air pressure: hPa minus 799, 0 meaning 799 hPa or less, 402 meaning 1201 hPa or
 *     more; 511 not available
 * @param pressureTendency 0 steady, 1 decreasing, 2 increasing (IMO; gpsd's legends swap 1 and 2),
 *     3 not available
 * @param visibilityGreaterThan the visibility is greater than the value given (the instrument's range)
 * @param visibilityTenthNauticalMiles horizontal visibility in 1/10 nautical mile, 0-126; 127 not
 *     available
 * @param waterLevelCode water level including tide: centimetres plus 1000 (-10.00 to +30.00 m); 4001
 *     not available
 * @param sea water level trend, currents, waves, swell and sea state (directions: 360 not available)
 * @param waterTemperatureTenthCelsius water temperature in 1/10 °C, -100 to 500 (10 bits, signed); 501
 *     not available
 * @param precipitationType WMO code table 4.201: 1 rain, 2 thunderstorm, 3 freezing rain, 4 mixed or
 *     ice, 5 snow; 0 and 6 reserved, 7 not available
 * @param salinityTenthPermille salinity in 1/10 ‰, 0-500; 501 not available, 510 no sensor
 * @param ice ice: 0 no, 1 yes, 2 reserved, 3 not available
 */
public record MeteoHydroImo289(
        int longitudeThousandthMinute,
        int latitudeThousandthMinute,
        boolean positionAccurate,
        int day,
        int hour,
        int minute,
        Wind wind,
        int airTemperatureTenthCelsius,
        int relativeHumidity,
        int dewPointTenthCelsius,
        int airPressureCode,
        int pressureTendency,
        boolean visibilityGreaterThan,
        int visibilityTenthNauticalMiles,
        int waterLevelCode,
        SeaConditions sea,
        int waterTemperatureTenthCelsius,
        int precipitationType,
        int salinityTenthPermille,
        int ice) implements ApplicationData {

    /** Application data bits: 360-bit message 8 minus its 56-bit header. */
    public static final int BITS = 304;

    /** Decodes the application data (bit 0 is the first bit after the FI); missing bits read as zero. */
    static MeteoHydroImo289 decode(BitReader bits) {
        return new MeteoHydroImo289(
                bits.signed(0, 25),
                bits.signed(25, 24),
                bits.flag(49),
                bits.unsigned(50, 5),
                bits.unsigned(55, 5),
                bits.unsigned(60, 6),
                Wind.decode(bits, 66),
                bits.signed(98, 11),
                bits.unsigned(109, 7),
                bits.signed(116, 10),
                bits.unsigned(126, 9),
                bits.unsigned(135, 2),
                bits.flag(137),
                bits.unsigned(138, 7),
                bits.unsigned(145, 12),
                SeaConditions.decode(bits, 157),
                bits.signed(270, 10),
                bits.unsigned(280, 3),
                bits.unsigned(283, 9),
                bits.unsigned(292, 2));
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
        return Conversions.signedTenths(airTemperatureTenthCelsius, -600, 600);
    }

    /** Relative humidity in %, or -1 when not available. */
    public int relativeHumidityPercent() {
        return Conversions.whole(relativeHumidity, 100);
    }

    /** Dew point in °C, NaN when not available. */
    public double dewPointCelsius() {
        return Conversions.signedTenths(dewPointTenthCelsius, -200, 500);
    }

    /** Air pressure in hPa (799 meaning that or less, 1201 that or more), or -1 when not available. */
    public int airPressureHectopascals() {
        return airPressureCode <= 402 ? airPressureCode + 799 : -1;
    }

    /** Horizontal visibility in nautical miles, NaN when not available. */
    public double visibilityNauticalMiles() {
        return Conversions.tenths(visibilityTenthNauticalMiles, 0, 126);
    }

    /** Water level in metres (including tide), NaN when not available. */
    public double waterLevelMetres() {
        return waterLevelCode <= 4000 ? (waterLevelCode - 1000) / 100.0 : Double.NaN;
    }

    /** Water temperature in °C, NaN when not available. */
    public double waterTemperatureCelsius() {
        return Conversions.signedTenths(waterTemperatureTenthCelsius, -100, 500);
    }

    /** Salinity in ‰, NaN when not available. */
    public double salinityPermille() {
        return Conversions.tenths(salinityTenthPermille, 0, 500);
    }
}
