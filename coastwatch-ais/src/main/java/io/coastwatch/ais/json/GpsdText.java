package io.coastwatch.ais.json;

import java.util.Arrays;

/**
 * The text legends gpsd prints beside coded values ({@code status_text}, {@code shiptype_text} …),
 * as in gpsd's {@code gpsd_json.c} (the tables of {@code json_aivdm_dump}, in the recent gpsd that
 * wrote the conformance data; gpsd 3.22 still had older navigational status and EPFD legends).
 */
public final class GpsdText {
    /** Navigational status, messages 1-3 and 27. */
    private static final String[] NAVIGATION_STATUS = {
        "Under way using engine",
        "At anchor",
        "Not under command",
        "Restricted maneuverability",
        "Constrained by her draught",
        "Moored",
        "Aground",
        "Engaged in fishing",
        "Under way sailing",
        "Reserved for HSC",
        "Reserved for WIG",
        "Power-driven vessel towing astern",
        "Power-driven vessel pushing ahead or towing alongside",
        "Reserved",
        "AIS-SART is active",
        "Not defined",
    };

    /** Type of electronic position-fixing device (4 bits). */
    private static final String[] EPFD = {
        "Undefined",
        "GPS",
        "GLONASS",
        "Combined GPS/GLONASS",
        "Loran-C",
        "Chayka",
        "Integrated navigation system",
        "Surveyed",
        "Galileo",
        "Reserved (9)",
        "Reserved (10)",
        "Reserved (11)",
        "Reserved (12)",
        "Reserved (13)",
        "Reserved (14)",
        "Internal GNSS",
    };

    /** Type of ship and cargo, 0-99 (ITU-R M.1371-5, in gpsd's words). */
    private static final String[] SHIP_TYPE = shipTypes();

    /** Type of aid to navigation (5 bits; ITU-R M.1371-5, in gpsd's words). */
    private static final String[] AID_TYPE = {
        "Unspecified",
        "Reference point",
        "RACON",
        "Fixed offshore structure",
        "Spare, Reserved for future use.",
        "Light, without sectors",
        "Light, with sectors",
        "Leading Light Front",
        "Leading Light Rear",
        "Beacon, Cardinal N",
        "Beacon, Cardinal E",
        "Beacon, Cardinal S",
        "Beacon, Cardinal W",
        "Beacon, Port hand",
        "Beacon, Starboard hand",
        "Beacon, Preferred Channel port hand",
        "Beacon, Preferred Channel starboard hand",
        "Beacon, Isolated danger",
        "Beacon, Safe water",
        "Beacon, Special mark",
        "Cardinal Mark N",
        "Cardinal Mark E",
        "Cardinal Mark S",
        "Cardinal Mark W",
        "Port hand Mark",
        "Starboard hand Mark",
        "Preferred Channel Port hand",
        "Preferred Channel Starboard hand",
        "Isolated danger",
        "Safe Water",
        "Special Mark",
        "Light Vessel / LANBY / Rigs",
    };

    /** Station types 0-15 of message 23, gpsd's {@code station_type_legends}. */
    private static final String[] STATION_TYPE = {
        "All types of mobiles",
        "Reserved for future use",
        "All types of Class B mobile stations",
        "SAR airborne mobile station",
        "Aid to Navigation station",
        "Class B shipborne mobile station",
        "Regional use and inland waterways",
        "Regional use and inland waterways",
        "Regional use and inland waterways",
        "Regional use and inland waterways",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
    };

    private GpsdText() {
    }

    /** Legend of a navigational status, 0-15. */
    public static String navigationStatus(int status) {
        return status >= 0 && status < NAVIGATION_STATUS.length ? NAVIGATION_STATUS[status] : "Not defined";
    }

    /** Legend of a type of ship and cargo ({@code shiptype_text}); "INVALID SHIP TYPE" from 100 up. */
    public static String shipType(int shipType) {
        return shipType >= 0 && shipType < SHIP_TYPE.length ? SHIP_TYPE[shipType] : "INVALID SHIP TYPE";
    }

    /** Legend of a type of position-fixing device ({@code epfd_text}), 0-15. */
    public static String epfd(int epfd) {
        return epfd >= 0 && epfd < EPFD.length ? EPFD[epfd] : "INVALID EPFD";
    }

    /** Legend of a type of aid to navigation ({@code aid_type_text}), 0-31. */
    public static String aidType(int aidType) {
        return aidType >= 0 && aidType < AID_TYPE.length ? AID_TYPE[aidType] : "INVALID NAVAID TYPE";
    }

    /** Legend of a station type of message 23, 0-15; gpsd's "INVALID STATION TYPE" beyond. */
    public static String stationType(int type) {
        return type >= 0 && type < STATION_TYPE.length ? STATION_TYPE[type] : "INVALID STATION TYPE";
    }

    /**
     * gpsd's ship type legends: most decades are a category followed by its hazard classes
     * ("Cargo - Hazardous category A" …).
     */
    private static String[] shipTypes() {
        String[] types = new String[100];
        types[0] = "Not available";
        Arrays.fill(types, 1, 20, "Reserved for future use");
        category(types, 20, "Wing in ground (WIG)", "Reserved for future use");
        String[] thirties = {
            "Fishing",
            "Towing",
            "Towing: length exceeds 200m or breadth exceeds 25m",
            "Dredging or underwater ops",
            "Diving ops",
            "Military ops",
            "Sailing",
            "Pleasure Craft",
            "Reserved",
            "Reserved",
        };
        System.arraycopy(thirties, 0, types, 30, 10);
        category(types, 40, "High speed craft (HSC)", "No additional information");
        String[] fifties = {
            "Pilot Vessel",
            "Search and Rescue vessel",
            "Tug",
            "Port Tender",
            "Anti-pollution equipment",
            "Law Enforcement",
            "Spare - Local Vessel",
            "Spare - Local Vessel",
            "Medical Transport",
            "Ship according to RR Resolution No. 18",
        };
        System.arraycopy(fifties, 0, types, 50, 10);
        category(types, 60, "Passenger", "No additional information");
        category(types, 70, "Cargo", "No additional information");
        category(types, 80, "Tanker", "No additional information");
        category(types, 90, "Other Type", "no additional information");
        return types;
    }

    /** Fills a decade: all ships, hazardous categories A-D, four reserved, then {@code last}. */
    private static void category(String[] types, int first, String name, String last) {
        String prefix = name + " - ";
        types[first] = prefix + "all ships of this type";
        for (int i = 0; i < 4; i++) {
            types[first + 1 + i] = prefix + "Hazardous category " + (char) ('A' + i);
        }
        for (int i = 5; i < 9; i++) {
            types[first + i] = prefix + "Reserved for future use";
        }
        types[first + 9] = prefix + last;
    }
}
