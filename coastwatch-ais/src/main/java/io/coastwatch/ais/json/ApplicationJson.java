package io.coastwatch.ais.json;

import io.coastwatch.ais.message.application.ApplicationData;
import io.coastwatch.ais.message.application.AreaNotice;
import io.coastwatch.ais.message.application.AtonMonitoringData;
import io.coastwatch.ais.message.application.ClearanceTimeToEnterPort;
import io.coastwatch.ais.message.application.DangerousCargoImo236;
import io.coastwatch.ais.message.application.InlandShipStaticData;
import io.coastwatch.ais.message.application.MeteoHydroImo236;
import io.coastwatch.ais.message.application.MeteoHydroImo289;
import io.coastwatch.ais.message.application.SeaConditions;
import io.coastwatch.ais.message.application.TextDescription;
import io.coastwatch.ais.message.application.TidalWindowImo236;
import io.coastwatch.ais.message.application.TidalWindowImo289;
import io.coastwatch.ais.message.application.Wind;
import java.util.List;

/**
 * gpsd JSON members of the application-specific messages carried by messages 6 and 8, with gpsd's
 * quirks: positions in 1/1000 minute (and the IMO 236 tidal window's 1/10 000 minute alike) divided
 * by 60 000; water level of FI 31 offset in unsigned arithmetic; legends in the place of codes in some
 * scaled fields. Legends and tables are gpsd's ({@code gpsd_json.c}), spelling included.
 */
final class ApplicationJson {
    /** Application latitude and longitude units per degree, as gpsd divides them: 1/1000 minute. */
    private static final int THOUSANDTH_MINUTES_PER_DEGREE = 60_000;
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
    private static final String[] HAZARDS = {
        "0 blue cones/lights", "1 blue cone/light", "2 blue cones/lights", "3 blue cones/lights", "4 B-Flag",
        "Unknown",
    };
    private static final String[] LOADED_STATUS = {"N/A (default)", "Unloaded", "Loaded"};

    /** An inland (ERI) ship type code, the ITU-R M.1371 ship type it maps to, and gpsd's legend. */
    private record InlandShipType(int code, int aisType, String legend) {
    }

    /** gpsd matches a ship type on the ERI code or the ITU type, whichever comes first in this order. */
    private static final List<InlandShipType> INLAND_SHIP_TYPES = List.of(
            new InlandShipType(8000, 99, "Vessel, type unknown"),
            new InlandShipType(8010, 79, "Motor freighter"),
            new InlandShipType(8020, 89, "Motor tanker"),
            new InlandShipType(8021, 80, "Motor tanker, liquid cargo, type N"),
            new InlandShipType(8022, 80, "Motor tanker, liquid cargo, type C"),
            new InlandShipType(8023, 89, "Motor tanker, dry cargo as if liquid (e.g. cement)"),
            new InlandShipType(8030, 79, "Container vessel"),
            new InlandShipType(8040, 80, "Gas tanker"),
            new InlandShipType(8050, 79, "Motor freighter, tug"),
            new InlandShipType(8060, 89, "Motor tanker, tug"),
            new InlandShipType(8070, 79, "Motor freighter with one or more ships alongside"),
            new InlandShipType(8080, 89, "Motor freighter with tanker"),
            new InlandShipType(8090, 79, "Motor freighter pushing one or more freighters"),
            new InlandShipType(8100, 89, "Motor freighter pushing at least one tank-ship"),
            new InlandShipType(8110, 79, "Tug, freighter"),
            new InlandShipType(8120, 89, "Tug, tanker"),
            new InlandShipType(8130, 31, "Tug freighter, coupled"),
            new InlandShipType(8140, 31, "Tug, freighter/tanker, coupled"),
            new InlandShipType(8150, 99, "Freightbarge"),
            new InlandShipType(8160, 99, "Tankbarge"),
            new InlandShipType(8161, 90, "Tankbarge, liquid cargo, type N"),
            new InlandShipType(8162, 90, "Tankbarge, liquid cargo, type C"),
            new InlandShipType(8163, 99, "Tankbarge, dry cargo as if liquid (e.g. cement)"),
            new InlandShipType(8170, 99, "Freightbarge with containers"),
            new InlandShipType(8180, 90, "Tankbarge, gas"),
            new InlandShipType(8210, 79, "Pushtow, one cargo barge"),
            new InlandShipType(8220, 79, "Pushtow, two cargo barges"),
            new InlandShipType(8230, 79, "Pushtow, three cargo barges"),
            new InlandShipType(8240, 79, "Pushtow, four cargo barges"),
            new InlandShipType(8250, 79, "Pushtow, five cargo barges"),
            new InlandShipType(8260, 79, "Pushtow, six cargo barges"),
            new InlandShipType(8270, 79, "Pushtow, seven cargo barges"),
            new InlandShipType(8280, 79, "Pushtow, eigth cargo barges"),
            new InlandShipType(8290, 79, "Pushtow, nine or more barges"),
            new InlandShipType(8310, 80, "Pushtow, one tank/gas barge"),
            new InlandShipType(8320, 80, "Pushtow, two barges at least one tanker or gas barge"),
            new InlandShipType(8330, 80, "Pushtow, three barges at least one tanker or gas barge"),
            new InlandShipType(8340, 80, "Pushtow, four barges at least one tanker or gas barge"),
            new InlandShipType(8350, 80, "Pushtow, five barges at least one tanker or gas barge"),
            new InlandShipType(8360, 80, "Pushtow, six barges at least one tanker or gas barge"),
            new InlandShipType(8370, 80, "Pushtow, seven barges at least one tanker or gas barg"));
    private static final String ILLEGAL_SHIP_TYPE = "Illegal ship type value.";

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
            case InlandShipStaticData inland -> inland(inland, out);
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

    private static void inland(InlandShipStaticData inland, JsonOutput out) {
        out.member("vin", inland.europeanVesselId())
                .member("length", inland.length())
                .member("beam", inland.beam())
                .member("shiptype", inland.shipType())
                .member("shiptype_text", inlandShipType(inland.shipType()))
                .member("hazard", inland.hazardousCargo())
                .member("hazard_text", inland.hazardousCargo() < HAZARDS.length
                        ? HAZARDS[inland.hazardousCargo()] : "INVALID HAZARD TYPE")
                .member("draught", inland.draught())
                .member("loaded", inland.loadedStatus())
                .member("loaded_text", inland.loadedStatus() < LOADED_STATUS.length
                        ? LOADED_STATUS[inland.loadedStatus()] : "INVALID LOAD STATUS")
                .member("speed_q", inland.speedQualityHigh())
                .member("course_q", inland.courseQualityHigh())
                .member("heading_q", inland.headingQualityHigh());
    }

    private static String inlandShipType(int shipType) {
        for (InlandShipType type : INLAND_SHIP_TYPES) {
            if (type.code() == shipType || type.aisType() == shipType) {
                return type.legend();
            }
        }
        return ILLEGAL_SHIP_TYPE;
    }

    /** A position in 1/1000 minute: degrees with six decimals when scaled, as gpsd prints them. */
    private static void position(String name, int thousandthMinutes, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member(name, thousandthMinutes, THOUSANDTH_MINUTES_PER_DEGREE, POSITION_DECIMALS);
        } else {
            out.member(name, thousandthMinutes);
        }
    }

    /** A value in tenths: one decimal when scaled, raw otherwise. */
    private static void tenths(String name, int tenths, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.member(name, tenths, 10, 1);
        } else {
            out.member(name, tenths);
        }
    }

    /** gpsd's partial ISO 8601 date "MM-DDTHH:MMZ", each field as sent. */
    private static String monthDayTime(int month, int day, int hour, int minute) {
        return twoDigits(new StringBuilder(12), month).append('-')
                .append(dayTime(day, hour, minute)).toString();
    }

    /** gpsd's partial ISO 8601 time "DDTHH:MMZ", each field as sent. */
    private static String dayTime(int day, int hour, int minute) {
        StringBuilder text = new StringBuilder(9);
        twoDigits(text, day).append('T');
        twoDigits(text, hour).append(':');
        return twoDigits(text, minute).append('Z').toString();
    }

    /** {@code printf("%02u")} of a field of at most 6 bits. */
    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
