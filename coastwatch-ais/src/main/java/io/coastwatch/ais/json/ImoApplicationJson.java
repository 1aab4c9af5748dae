package io.coastwatch.ais.json;

import io.coastwatch.ais.message.application.BerthingData;
import io.coastwatch.ais.message.application.DangerousCargoImo289;
import io.coastwatch.ais.message.application.FairwayClosed;
import io.coastwatch.ais.message.application.MarineTrafficSignal;
import io.coastwatch.ais.message.application.RouteInformation;
import io.coastwatch.ais.message.application.VtsTargets;
import java.util.List;

/**
 * gpsd JSON members of the international (DAC 1) applications added to those of
 * {@link ApplicationJson}, as {@code gpsdecode} prints them. Legends are gpsd's ({@code gpsd_json.c},
 * as {@code gpsdecode} 3.22 prints them), spelling included. Quirks kept: the marine traffic signal's
 * position is scaled even in unscaled output; a VTS target's MMSI or IMO number is a string of the low 32
 * of its 42 bits. Where gpsd writes invalid JSON (the traffic signal's legends hold unescaped quotes and
 * its {@code nextsignal} lacks a comma) the members here are well formed.
 */
final class ImoApplicationJson {
    private static final String[] MOORING_POSITIONS = {
        "Not available", "Port-side to", "Starboard-side to", "Mediterranean (end-on) mooring", "Mooring buoy",
        "Anchorage", "Reserved for future use", "Reserved for future use",
    };
    /** The 26 services of berthing data, by gpsd's member names, in the order they are sent. */
    private static final List<String> SERVICES = List.of("agent", "fuel", "chandler", "stevedore", "electrical",
            "water", "customs", "cartage", "crane", "lift", "medical", "navrepair", "provisions", "shiprepair",
            "surveyor", "steam", "tugs", "solidwaste", "liquidwaste", "hazardouswaste", "ballast", "additional",
            "regional1", "regional2", "future1", "future2");
    private static final String RESERVED_ROUTE = "Reserved for future use.";
    private static final String[] ROUTE_TYPES = {
        "Undefined (default)", "Mandatory", "Recommended", "Alternative", "Recommended route through ice",
        "Ship route plan",
    };
    private static final String CANCEL_ROUTE = "Cancel route identified by message linkage";
    private static final String[] IDENTIFIER_TYPES = {"mmsi", "imo", "callsign", "other"};
    /** IALA's marine traffic signal codes, 0-14. */
    private static final String[] SIGNALS = {
        "N/A",
        "Serious emergency \u2013 stop or divert according to instructions.",
        "Vessels shall not proceed.",
        "Vessels may proceed. One way traffic.",
        "Vessels may proceed. Two way traffic.",
        "Vessels shall proceed on specific orders only.",
        "Vessels in main channel shall not proceed.",
        "Vessels in main channel shall proceed on specific orders only.",
        "Vessels in main channel shall proceed on specific orders only.",
        "I = \"in-bound\" only acceptable.",
        "O = \"out-bound\" only acceptable.",
        "F = both \"in- and out-bound\" acceptable.",
        "XI = Code will shift to \"I\" in due time.",
        "XO = Code will shift to \"O\" in due time.",
        "X = Vessels shall proceed only on direction.",
    };

    private ImoApplicationJson() {
    }

    static void berthing(BerthingData berthing, boolean scaled, JsonOutput out) {
        out.member("linkage", berthing.messageLinkageId())
                .member("berth_length", berthing.berthLength())
                .member("position", berthing.mooringPosition())
                .member("position_text", MOORING_POSITIONS[berthing.mooringPosition()])
                .member("arrival", berthing.month() + "-" + berthing.day() + "T" + berthing.hour() + ":"
                        + berthing.minute())
                .member("availability", berthing.servicesAvailable() ? 1 : 0);
        for (int i = 0; i < SERVICES.size(); i++) {
            out.member(SERVICES.get(i), berthing.serviceStatus().get(i));
        }
        out.member("berth_name", berthing.berthName());
        ApplicationJson.position("berth_lon", berthing.longitudeThousandthMinute(), scaled, out);
        ApplicationJson.position("berth_lat", berthing.latitudeThousandthMinute(), scaled, out);
        ApplicationJson.tenths("berth_depth", berthing.waterDepth(), scaled, out);
    }

    static void dangerousCargo(DangerousCargoImo289 cargo, JsonOutput out) {
        out.member("unit", cargo.unit()).member("amount", cargo.amount()).beginArray("cargos");
        for (DangerousCargoImo289.Cargo one : cargo.cargoes()) {
            out.beginObject().member("code", one.code()).member("subtype", one.subtype()).endObject();
        }
        out.endArray();
    }

    static void route(RouteInformation route, boolean scaled, JsonOutput out) {
        out.member("linkage", route.messageLinkageId())
                .member("sender", route.sender())
                .member("rtype", route.routeType())
                .member("rtype_text", routeType(route.routeType()))
                .member("start", ApplicationJson.monthDayTime(route.month(), route.day(), route.hour(), route.minute()))
                .member("duration", route.durationMinutes())
                .beginArray("waypoints");
        for (RouteInformation.Waypoint waypoint : route.waypoints()) {
            out.beginObject();
            ApplicationJson.positionTenThousandthMinute("lon", waypoint.longitudeTenThousandthMinute(), scaled, out);
            ApplicationJson.positionTenThousandthMinute("lat", waypoint.latitudeTenThousandthMinute(), scaled, out);
            out.endObject();
        }
        out.endArray();
    }

    private static String routeType(int type) {
        if (type == 31) {
            return CANCEL_ROUTE;
        }
        return type < ROUTE_TYPES.length ? ROUTE_TYPES[type] : RESERVED_ROUTE;
    }

    static void fairwayClosed(FairwayClosed fairway, JsonOutput out) {
        out.member("reason", fairway.reason())
                .member("closefrom", fairway.closedFrom())
                .member("closeto", fairway.closedTo())
                .member("radius", fairway.radius())
                .member("extunit", fairway.radiusUnit())
                .member("from", monthDayTimeWithoutZone(fairway.fromMonth(), fairway.fromDay(), fairway.fromHour(),
                        fairway.fromMinute()))
                .member("to", monthDayTimeWithoutZone(fairway.toMonth(), fairway.toDay(), fairway.toHour(),
                        fairway.toMinute()));
    }

    /** gpsd's {@code "%02u-%02uT%02u:%02u"}. */
    private static String monthDayTimeWithoutZone(int month, int day, int hour, int minute) {
        String withZone = ApplicationJson.monthDayTime(month, day, hour, minute);
        return withZone.substring(0, withZone.length() - 1);
    }

    static void vtsTargets(VtsTargets targets, boolean scaled, JsonOutput out) {
        out.beginArray("targets");
        for (VtsTargets.Target target : targets.targets()) {
            String type = IDENTIFIER_TYPES[target.identifierType()];
            out.beginObject().member("idtype", target.identifierType()).member("idtype_text", type);
            if (target.identifierType() < 2) {
                // gpsd keeps the 42 bits in a 32-bit unsigned field and prints it as a string.
                out.member(type, Long.toString(target.identifier() & 0xFFFF_FFFFL));
            } else {
                out.member(type, target.identifierText());
            }
            ApplicationJson.position("lat", target.latitudeThousandthMinute(), scaled, out);
            ApplicationJson.position("lon", target.longitudeThousandthMinute(), scaled, out);
            out.member("course", target.courseDegrees())
                    .member("second", target.second())
                    .member("speed", target.speedKnots())
                    .endObject();
        }
        out.endArray();
    }

    static void marineTrafficSignal(MarineTrafficSignal signal, JsonOutput out) {
        out.member("linkage", signal.messageLinkageId()).member("station", signal.stationName());
        ApplicationJson.position("lon", signal.longitudeThousandthMinute(), true, out);
        ApplicationJson.position("lat", signal.latitudeThousandthMinute(), true, out);
        out.member("status", signal.status())
                .member("signal", signal.signal())
                .member("signal_text", ApplicationJson.legend(SIGNALS, signal.signal(), "INVALID SIGNAL TYPE"))
                .member("hour", signal.hour())
                .member("minute", signal.minute())
                .member("nextsignal", signal.nextSignal())
                .member("nextsignal_text", ApplicationJson.legend(SIGNALS, signal.nextSignal(),
                        "INVALID SIGNAL TYPE"));
    }
}
