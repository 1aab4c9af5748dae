package io.coastwatch.ais.json;

/**
 * The text legends gpsd prints beside coded values ({@code status_text}, {@code shiptype_text} …),
 * as in gpsd's {@code gpsd_json.c}.
 */
public final class GpsdText {
    private static final String[] NAVIGATION_STATUS = {
        "Under way using engine",
        "At anchor",
        "Not under command",
        "Restricted manoeuverability",
        "Constrained by her draught",
        "Moored",
        "Aground",
        "Engaged in fishing",
        "Under way sailing",
        "Reserved for HSC",
        "Reserved for WIG",
        "Reserved",
        "Reserved",
        "Reserved",
        "Reserved",
        "Not defined",
    };

    private GpsdText() {
    }

    /** Legend of a navigational status, 0-15. */
    public static String navigationStatus(int status) {
        return status >= 0 && status < NAVIGATION_STATUS.length ? NAVIGATION_STATUS[status] : "Not defined";
    }
}
