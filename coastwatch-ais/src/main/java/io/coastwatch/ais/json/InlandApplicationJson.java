package io.coastwatch.ais.json;

import io.coastwatch.ais.message.application.EmmaWarning;
import io.coastwatch.ais.message.application.InlandEta;
import io.coastwatch.ais.message.application.InlandLockTime;
import io.coastwatch.ais.message.application.InlandPersonsOnBoard;
import io.coastwatch.ais.message.application.InlandRta;
import io.coastwatch.ais.message.application.InlandShipStaticData;
import io.coastwatch.ais.message.application.SignalStatus;
import io.coastwatch.ais.message.application.WaterLevels;
import java.util.List;

/**
 * gpsd JSON members of the Inland AIS applications (DAC 200), as {@code gpsdecode} prints them.
 * Legends are gpsd's ({@code gpsd_json.c}, and as {@code gpsdecode} 3.22 prints them), spelling
 * included. Where gpsd writes invalid JSON (the texts of FI 21 and 22 are not escaped) the members
 * here are escaped; the EMMA warning's start is written in gpsd's field order (hour and minute where the
 * day goes, the day last), so that it reads as gpsd's does.
 */
final class InlandApplicationJson {
    private static final String[] RTA_STATUS = {"Operational", "Limited operation", "Out of order", "N/A"};
    private static final String[] EMMA_TYPES = {
        "Not Available", "Wind", "Rain", "Snow and ice", "Thunderstorm", "Fog", "Low temperature",
        "High temperature", "Flood", "Forest Fire",
    };
    private static final String[] EMMA_CLASSES = {"Slight", "Medium", "Strong"};
    private static final String[] EMMA_WINDS = {
        "N/A", "North", "North East", "East", "South East", "South", "South West", "West", "North West",
    };
    private static final String[] DIRECTIONS = {"Unknown", "Upstream", "Downstream", "To left bank", "To right bank"};
    private static final String[] LIGHT_STATUS = {
        "Unknown", "No light", "White", "Yellow", "Green", "Red", "White flashing", "Yellow flashing.",
    };
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

    private InlandApplicationJson() {
    }

    static void shipStaticData(InlandShipStaticData inland, JsonOutput out) {
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

    static void eta(InlandEta eta, JsonOutput out) {
        place(eta.place(), out);
        out.member("tugs", eta.assistingTugs()).member("airdraught", eta.airDraught());
    }

    static void rta(InlandRta rta, JsonOutput out) {
        place(rta.place(), out);
        out.member("status", rta.status()).member("status_text", RTA_STATUS[rta.status()]);
    }

    /** The place and time of FI 21 and 22; gpsd writes the time {@code %u-%uT%u:%u}, without padding. */
    private static void place(InlandLockTime place, JsonOutput out) {
        out.member("country", place.country())
                .member("locode", place.locode())
                .member("section", place.fairwaySection())
                .member("terminal", place.terminal())
                .member("hectometre", place.hectometre())
                .member("eta", place.month() + "-" + place.day() + "T" + place.hour() + ":" + place.minute());
    }

    static void personsOnBoard(InlandPersonsOnBoard persons, JsonOutput out) {
        out.member("crew", persons.crew())
                .member("passengers", persons.passengers())
                .member("personnel", persons.shipboardPersonnel());
    }

    static void emmaWarning(EmmaWarning warning, boolean scaled, JsonOutput out) {
        out.member("start", dateTime(warning.startYear(), warning.startMonth(), warning.startHour(),
                        warning.startMinute(), warning.startDay()))
                .member("end", dateTime(warning.endYear(), warning.endMonth(), warning.endDay(), warning.endHour(),
                        warning.endMinute()));
        ApplicationJson.positionTenThousandthMinute("start_lon", warning.startLongitudeTenThousandthMinute(), scaled, out);
        ApplicationJson.positionTenThousandthMinute("start_lat", warning.startLatitudeTenThousandthMinute(), scaled, out);
        ApplicationJson.positionTenThousandthMinute("end_lon", warning.endLongitudeTenThousandthMinute(), scaled, out);
        ApplicationJson.positionTenThousandthMinute("end_lat", warning.endLatitudeTenThousandthMinute(), scaled, out);
        out.member("type", warning.type())
                .member("type_text", ApplicationJson.legend(EMMA_TYPES, warning.type(), "INVALID EMMA TYPE"))
                .member("min", warning.minimum())
                .member("max", warning.maximum())
                .member("class", warning.classification())
                .member("class_text", ApplicationJson.legend(EMMA_CLASSES, warning.classification(), "INVALID EMMA TYPE"))
                .member("wind", warning.windDirection())
                .member("wind_text", ApplicationJson.legend(EMMA_WINDS, warning.windDirection(), "INVALID EMMA WIND DIRECTION"));
    }

    /** gpsd's {@code "%4u-%02u-%02uT%02u:%02u"} with the year from 2000. */
    private static String dateTime(int yearFrom2000, int month, int third, int fourth, int fifth) {
        StringBuilder text = new StringBuilder(16).append(2000 + yearFrom2000).append('-');
        ApplicationJson.twoDigits(text, month).append('-');
        ApplicationJson.twoDigits(text, third).append('T');
        ApplicationJson.twoDigits(text, fourth).append(':');
        return ApplicationJson.twoDigits(text, fifth).toString();
    }

    static void waterLevels(WaterLevels levels, JsonOutput out) {
        out.member("country", levels.country()).beginArray("gauges");
        for (WaterLevels.Gauge gauge : levels.gauges()) {
            out.beginObject().member("id", gauge.id()).member("level", gauge.levelCentimetres()).endObject();
        }
        out.endArray();
    }

    static void signalStatus(SignalStatus signal, boolean scaled, JsonOutput out) {
        ApplicationJson.positionTenThousandthMinute("lon", signal.longitudeTenThousandthMinute(), scaled, out);
        ApplicationJson.positionTenThousandthMinute("lat", signal.latitudeTenThousandthMinute(), scaled, out);
        out.member("form", signal.form())
                .member("facing", signal.orientation())
                .member("direction", signal.impactDirection())
                .member("direction_text", ApplicationJson.legend(DIRECTIONS, signal.impactDirection(), "INVALID DIRECTION"))
                .member("status", signal.lightStatus())
                .member("status_text", ApplicationJson.legend(LIGHT_STATUS, signal.lightStatus(), "INVALID STATUS"));
    }
}
