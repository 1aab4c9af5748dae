package io.coastwatch.ais.json;

import io.coastwatch.ais.message.application.AirDraught;
import io.coastwatch.ais.message.application.ApplicationData;
import io.coastwatch.ais.message.application.AreaNotice;
import io.coastwatch.ais.message.application.AtonMonitoringData;
import io.coastwatch.ais.message.application.BerthingData;
import io.coastwatch.ais.message.application.ClearanceTimeToEnterPort;
import io.coastwatch.ais.message.application.DangerousCargoImo236;
import io.coastwatch.ais.message.application.DangerousCargoImo289;
import io.coastwatch.ais.message.application.EmmaWarning;
import io.coastwatch.ais.message.application.FairwayClosed;
import io.coastwatch.ais.message.application.InlandEta;
import io.coastwatch.ais.message.application.InlandPersonsOnBoard;
import io.coastwatch.ais.message.application.InlandRta;
import io.coastwatch.ais.message.application.InlandShipStaticData;
import io.coastwatch.ais.message.application.MarineTrafficSignal;
import io.coastwatch.ais.message.application.PersonsOnBoard;
import io.coastwatch.ais.message.application.RouteInformation;
import io.coastwatch.ais.message.application.SignalStatus;
import io.coastwatch.ais.message.application.VtsTargets;
import io.coastwatch.ais.message.application.WaterLevels;
import io.coastwatch.ais.message.application.MeteoHydroImo236;
import io.coastwatch.ais.message.application.MeteoHydroImo289;
import io.coastwatch.ais.message.application.SeaConditions;
import io.coastwatch.ais.message.application.TextDescription;
import io.coastwatch.ais.message.application.TidalWindowImo236;
import io.coastwatch.ais.message.application.TidalWindowImo289;
import io.coastwatch.ais.message.application.Wind;

/**
 * gpsd JSON members of the application-specific messages carried by messages 6 and 8, with gpsd's
 * quirks: positions in 1/1000 minute (and the IMO 236 tidal window's 1/10 000 minute alike) divided
 * by 60 000; water level of FI 31 offset in unsigned arithmetic; legends in the place of codes in some
 * scaled fields. Legends and tables are gpsd's ({@code gpsd_json.c}), spelling included. The
 * applications added since are written by {@link ImoApplicationJson} and {@link InlandApplicationJson}.
 */
final class ApplicationJson {
    /** Application latitude and longitude units per degree, as gpsd divides them: 1/1000 minute. */
    private static final int THOUSANDTH_MINUTES_PER_DEGREE = 60_000;
    /** 1/10 000 minute positions, as gpsd divides them. */
    private static final int TEN_THOUSANDTH_MINUTES_PER_DEGREE = 600_000;
    private static final int POSITION_DECIMALS = 6;

    private static final String[] RACON_STATUS = {
        "No RACON installed", "RACON not monitored", "RACON operational", "RACON ERROR",
    };
    private static final String[] LIGHT_STATUS = {
        "No light or no monitoring", "Light ON", "Light OFF", "Light ERROR",
    };
    private static final String[] TRENDS = {"steady", "increasing", "decreasing", "N/A"};
    /** WMO 306 code table 4.201. */
    private static final String[] PRECIPITATION_TYPES = {
        "reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A",
    };
    private static final String[] ICE = {"no", "yes", "reserved", "N/A"};
    private ApplicationJson() {
    }

    /**
     * Writes the members gpsd prints for {@code application}.
     *
     * @return {@code false}, having written nothing, for the applications that gpsd prints as raw data
     *     (area notices)
     */
    static boolean write(ApplicationData application, boolean scaled, JsonOutput out) {
        switch (application) {
            case AreaNotice notice -> {
                return false;
            }
            case AtonMonitoringData aton -> aton(aton, scaled, out);
            case DangerousCargoImo236 cargo -> dangerousCargo(cargo, out);
            case ClearanceTimeToEnterPort clearance -> clearance(clearance, scaled, out);
            case TextDescription text -> out.member("linkage", text.messageLinkageId())
                    .member("text", text.text());
            case TidalWindowImo236 tidal -> tidalWindow236(tidal, scaled, out);
            case TidalWindowImo289 tidal -> tidalWindow289(tidal, scaled, out);
            case MeteoHydroImo236 meteo -> meteo236(meteo, scaled, out);
            case MeteoHydroImo289 meteo -> meteo289(meteo, scaled, out);
            case InlandShipStaticData inland -> InlandApplicationJson.shipStaticData(inland, out);
            case InlandEta eta -> InlandApplicationJson.eta(eta, out);
            case InlandRta rta -> InlandApplicationJson.rta(rta, out);
            case InlandPersonsOnBoard persons -> InlandApplicationJson.personsOnBoard(persons, out);
            case EmmaWarning warning -> InlandApplicationJson.emmaWarning(warning, scaled, out);
            case WaterLevels levels -> InlandApplicationJson.waterLevels(levels, out);
            case SignalStatus signal -> InlandApplicationJson.signalStatus(signal, scaled, out);
            case AirDraught air -> out.member("airdraught", air.airDraught());
            case PersonsOnBoard persons -> out.member("persons", persons.persons());
            case BerthingData berthing -> ImoApplicationJson.berthing(berthing, scaled, out);
            case DangerousCargoImo289 cargo -> ImoApplicationJson.dangerousCargo(cargo, out);
            case RouteInformation route -> ImoApplicationJson.route(route, scaled, out);
            case FairwayClosed fairway -> ImoApplicationJson.fairwayClosed(fairway, out);
            case VtsTargets targets -> ImoApplicationJson.vtsTargets(targets, scaled, out);
            case MarineTrafficSignal signal -> ImoApplicationJson.marineTrafficSignal(signal, out);
        }
        return true;
    }

    private static void aton(AtonMonitoringData aton, boolean scaled, JsonOutput out) {
        out.member("off_pos", aton.offPosition())
                .member("alarm", aton.alarm())
                .member("stat_ext", aton.externalStatus());
        analogue("ana_int", aton.analogueInternal(), scaled, out);
        analogue("ana_ext1", aton.analogueExternal1(), scaled, out);
        analogue("ana_ext2", aton.analogueExternal2(), scaled, out);
        out.member("racon", aton.raconStatus())
                .member("racon_text", RACON_STATUS[aton.raconStatus()])
                .member("light", aton.lightStatus())
                .member("light_text", LIGHT_STATUS[aton.lightStatus()]);
    }

    /** An analogue reading in 0.05 V: volts with two decimals when scaled, except 0, which gpsd leaves raw. */
    private static void analogue(String name, int reading, boolean scaled, JsonOutput out) {
        if (scaled && reading != 0) {
            out.member(name, reading * 5L, 100, 2);
        } else {
            out.member(name, reading);
        }
    }

    private static void dangerousCargo(DangerousCargoImo236 cargo, JsonOutput out) {
        out.member("lastport", cargo.lastPort())
                .member("departure", monthDayTime(cargo.lastPortMonth(), cargo.lastPortDay(), cargo.lastPortHour(),
                        cargo.lastPortMinute()))
                .member("nextport", cargo.nextPort())
                .member("eta", monthDayTime(cargo.nextPortMonth(), cargo.nextPortDay(), cargo.nextPortHour(),
                        cargo.nextPortMinute()))
                .member("dangerous", cargo.mainDangerousGood())
                .member("imdcat", cargo.imdCategory())
                .member("unid", cargo.unNumber())
                .member("amount", cargo.amount())
                .member("unit", cargo.unit());
    }

    private static void clearance(ClearanceTimeToEnterPort clearance, boolean scaled, JsonOutput out) {
        out.member("linkage", clearance.messageLinkageId())
                .member("arrival", monthDayTime(clearance.month(), clearance.day(), clearance.hour(),
                        clearance.minute()))
                .member("portname", clearance.portAndBerth())
                .member("destination", clearance.destination());
        position("lon", clearance.longitudeThousandthMinute(), scaled, out);
        position("lat", clearance.latitudeThousandthMinute(), scaled, out);
    }

    private static void tidalWindow236(TidalWindowImo236 tidal, boolean scaled, JsonOutput out) {
        out.member("month", tidal.month()).member("day", tidal.day()).beginArray("tidals");
        for (TidalWindowImo236.Window window : tidal.windows()) {
            // gpsd scales these 1/10 000 minute positions as if they were 1/1000 minute.
            tidalWindow(window.longitudeTenThousandthMinute(), window.latitudeTenThousandthMinute(),
                    window.fromHour(), window.fromMinute(), window.toHour(), window.toMinute(),
                    window.currentDirection(), window.currentSpeed(), scaled, out);
        }
        out.endArray();
    }

    private static void tidalWindow289(TidalWindowImo289 tidal, boolean scaled, JsonOutput out) {
        out.member("month", tidal.month()).member("day", tidal.day()).beginArray("tidals");
        for (TidalWindowImo289.Window window : tidal.windows()) {
            tidalWindow(window.longitudeThousandthMinute(), window.latitudeThousandthMinute(),
                    window.fromHour(), window.fromMinute(), window.toHour(), window.toMinute(),
                    window.currentDirection(), window.currentSpeed(), scaled, out);
        }
        out.endArray();
    }

    private static void tidalWindow(int longitude, int latitude, int fromHour, int fromMinute, int toHour,
            int toMinute, int currentDirection, int currentSpeed, boolean scaled, JsonOutput out) {
        out.beginObject();
        position("lon", longitude, scaled, out);
        position("lat", latitude, scaled, out);
        out.member("from_hour", fromHour)
                .member("from_min", fromMinute)
                .member("to_hour", toHour)
                .member("to_min", toMinute)
                .member("cdir", currentDirection);
        tenths("cspeed", currentSpeed, scaled, out);
        out.endObject();
    }

    private static void meteo236(MeteoHydroImo236 meteo, boolean scaled, JsonOutput out) {
        position("lat", meteo.latitudeThousandthMinute(), scaled, out);
        position("lon", meteo.longitudeThousandthMinute(), scaled, out);
        out.member("timestamp", dayTime(meteo.day(), meteo.hour(), meteo.minute()));
        wind(meteo.wind(), meteo.relativeHumidity(), out);
        if (scaled) {
            out.member("airtemp", meteo.airTemperatureCode() - 600L, 10, 1)
                    .member("dewpoint", meteo.dewPointCode() - 200L, 10, 1)
                    .member("pressure", meteo.airPressureCode() + 800)
                    .member("pressuretend", TRENDS[meteo.pressureTendency()])
                    .member("visibility", meteo.visibilityTenthNauticalMiles(), 10, 1)
                    .member("waterlevel", meteo.waterLevelCode() - 100L, 10, 1);
        } else {
            out.member("airtemp", meteo.airTemperatureCode())
                    .member("dewpoint", meteo.dewPointCode())
                    .member("pressure", meteo.airPressureCode())
                    .member("pressuretend", meteo.pressureTendency())
                    .member("visibility", meteo.visibilityTenthNauticalMiles())
                    .member("waterlevel", meteo.waterLevelCode());
        }
        sea(meteo.sea(), scaled, out);
        if (scaled) {
            out.member("watertemp", meteo.waterTemperatureCode() - 100L, 10, 1);
        } else {
            out.member("watertemp", meteo.waterTemperatureCode());
        }
        out.member("preciptype", meteo.precipitationType())
                .member("preciptype_text", PRECIPITATION_TYPES[meteo.precipitationType()]);
        tenths("salinity", meteo.salinityTenthPermille(), scaled, out);
        out.member("ice", meteo.ice())
                .member("ice_text", ICE[meteo.ice()]);
    }

    private static void meteo289(MeteoHydroImo289 meteo, boolean scaled, JsonOutput out) {
        position("lat", meteo.latitudeThousandthMinute(), scaled, out);
        position("lon", meteo.longitudeThousandthMinute(), scaled, out);
        out.member("accuracy", meteo.positionAccurate())
                .member("timestamp", dayTime(meteo.day(), meteo.hour(), meteo.minute()));
        wind(meteo.wind(), meteo.relativeHumidity(), out);
        tenths("airtemp", meteo.airTemperatureTenthCelsius(), scaled, out);
        tenths("dewpoint", meteo.dewPointTenthCelsius(), scaled, out);
        if (scaled) {
            out.member("pressure", meteo.airPressureCode() + 799)
                    .member("pressuretend", TRENDS[meteo.pressureTendency()]);
        } else {
            out.member("pressure", meteo.airPressureCode())
                    .member("pressuretend", meteo.pressureTendency());
        }
        out.member("visgreater", meteo.visibilityGreaterThan());
        tenths("visibility", meteo.visibilityTenthNauticalMiles(), scaled, out);
        if (scaled) {
            // gpsd subtracts the 1000 cm offset in unsigned 32-bit arithmetic: levels below 0 m wrap
            // around to about 42 949 663 m. Reproduced as printed.
            PrintfDecimal.member(out, "waterlevel", ((meteo.waterLevelCode() - 1000) & 0xFFFF_FFFFL) / 100.0, 1);
        } else {
            out.member("waterlevel", meteo.waterLevelCode());
        }
        sea(meteo.sea(), scaled, out);
        tenths("watertemp", meteo.waterTemperatureTenthCelsius(), scaled, out);
        if (scaled) {
            out.member("preciptype", PRECIPITATION_TYPES[meteo.precipitationType()]);
            tenths("salinity", meteo.salinityTenthPermille(), true, out);
            out.member("ice", ICE[meteo.ice()]);
        } else {
            out.member("preciptype", meteo.precipitationType())
                    .member("salinity", meteo.salinityTenthPermille())
                    .member("ice", meteo.ice());
        }
    }

    /** The wind members, then humidity, which gpsd prints between them and the temperatures. */
    private static void wind(Wind wind, int relativeHumidity, JsonOutput out) {
        out.member("wspeed", wind.averageSpeed())
                .member("wgust", wind.gustSpeed())
                .member("wdir", wind.direction())
                .member("wgustdir", wind.gustDirection())
                .member("humidity", relativeHumidity);
    }

    private static void sea(SeaConditions sea, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member("leveltrend", TRENDS[sea.waterLevelTrend()]);
        } else {
            out.member("leveltrend", sea.waterLevelTrend());
        }
        tenths("cspeed", sea.surfaceCurrentSpeed(), scaled, out);
        out.member("cdir", sea.surfaceCurrentDirection());
        tenths("cspeed2", sea.current2Speed(), scaled, out);
        out.member("cdir2", sea.current2Direction())
                .member("cdepth2", sea.current2Depth());
        tenths("cspeed3", sea.current3Speed(), scaled, out);
        out.member("cdir3", sea.current3Direction())
                .member("cdepth3", sea.current3Depth());
        tenths("waveheight", sea.waveHeight(), scaled, out);
        out.member("waveperiod", sea.wavePeriod())
                .member("wavedir", sea.waveDirection());
        tenths("swellheight", sea.swellHeight(), scaled, out);
        out.member("swellperiod", sea.swellPeriod())
                .member("swelldir", sea.swellDirection())
                .member("seastate", sea.seaState());
    }

    /** A position in 1/1000 minute: degrees with six decimals when scaled, as gpsd prints them. */
    static void position(String name, int thousandthMinutes, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member(name, thousandthMinutes, THOUSANDTH_MINUTES_PER_DEGREE, POSITION_DECIMALS);
        } else {
            out.member(name, thousandthMinutes);
        }
    }

    /** A position in 1/10 000 minute: degrees with six decimals when scaled, as gpsd prints them. */
    static void positionTenThousandthMinute(String name, int tenThousandthMinutes, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member(name, tenThousandthMinutes, TEN_THOUSANDTH_MINUTES_PER_DEGREE, POSITION_DECIMALS);
        } else {
            out.member(name, tenThousandthMinutes);
        }
    }

    /** {@code legends[code]}, or {@code invalid} past the table, as gpsd's {@code *_DISPLAY} macros give. */
    static String legend(String[] legends, int code, String invalid) {
        return code >= 0 && code < legends.length ? legends[code] : invalid;
    }

    /** A value in tenths: one decimal when scaled, raw otherwise. */
    static void tenths(String name, int tenths, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member(name, tenths, 10, 1);
        } else {
            out.member(name, tenths);
        }
    }

    /** gpsd's partial ISO 8601 date "MM-DDTHH:MMZ", each field as sent. */
    static String monthDayTime(int month, int day, int hour, int minute) {
        return twoDigits(new StringBuilder(12), month).append('-')
                .append(dayTime(day, hour, minute)).toString();
    }

    /** gpsd's partial ISO 8601 time "DDTHH:MMZ", each field as sent. */
    static String dayTime(int day, int hour, int minute) {
        StringBuilder text = new StringBuilder(9);
        twoDigits(text, day).append('T');
        twoDigits(text, hour).append(':');
        return twoDigits(text, minute).append('Z').toString();
    }

    /** {@code printf("%02u")} of a field of at most 6 bits. */
    static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
