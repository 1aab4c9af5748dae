package io.coastwatch.engine.track;

import io.coastwatch.engine.label.Label;

/**
 * What kind of vessel (or station) a track is, as the console colours and counts it; computed by the
 * server from the MMSI's form and flag, the AIS ship type and the registry, so that the console never
 * classifies by itself. Base stations and aids to navigation are not vessels: the console draws them
 * apart and does not count them.
 *
 * <p>Facts used: the MMSI forms of ITU-R M.585-9 Annex 1 ({@code 00MIDxxxx} coast station,
 * {@code 99MIDxxxx} aid to navigation), the AIS ship types of ITU-R M.1371-5 Table 53 (30 fishing,
 * 35 military, 55 law enforcement, 60-69 passenger, 70-79 cargo, 80-89 tanker) and MID 574, Viet Nam.
 */
public enum VesselKind {
    VN_FISHING("vn-fishing", "Tàu cá Việt Nam", "Vietnamese fishing"),
    FOREIGN_FISHING("foreign-fishing", "Tàu cá nước ngoài", "Foreign fishing"),
    CARGO("cargo", "Tàu hàng", "Cargo"),
    TANKER("tanker", "Tàu chở dầu", "Tanker"),
    PASSENGER("passenger", "Tàu khách", "Passenger"),
    PATROL("patrol", "Tàu công vụ", "Patrol"),
    BASE_STATION("base-station", "Trạm bờ AIS", "AIS base station"),
    AID_TO_NAVIGATION("aid-to-navigation", "Báo hiệu hàng hải", "Aid to navigation"),
    OTHER("other", "Loại khác", "Other");

    private static final String VIET_NAM = "VN";

    private final String slug;
    private final Label label;

    VesselKind(String slug, String vi, String en) {
        this.slug = slug;
        this.label = Label.of(vi, en);
    }

    /** The kind as the API names it ({@code vn-fishing}). */
    public String slug() {
        return slug;
    }

    /** The kind's name for people. */
    public Label label() {
        return label;
    }

    /**
     * The kind of {@code vessel}. A vessel known only by its registration number or VMS terminal is a
     * Vietnamese fishing vessel (only those carry VMS here); so is a registered one.
     */
    public static VesselKind of(VesselSnapshot vessel) {
        int mmsi = vessel.mmsi();
        if (mmsi >= 2_000_000 && mmsi <= 7_999_999) { // 00MIDxxxx, MID 201-775
            return BASE_STATION;
        }
        if (mmsi >= 992_000_000 && mmsi <= 997_999_999) { // 99MIDxxxx
            return AID_TO_NAVIGATION;
        }
        int type = vessel.shipType();
        boolean registered = vessel.registrationNumber() != null || vessel.vmsDeviceId() != null;
        if (type == 30 || mmsi == 0 && registered) {
            return VIET_NAM.equals(vessel.flag()) || registered ? VN_FISHING : FOREIGN_FISHING;
        }
        if (type == 35 || type == 55) {
            return PATROL;
        }
        if (type >= 60 && type <= 69) {
            return PASSENGER;
        }
        if (type >= 70 && type <= 79) {
            return CARGO;
        }
        if (type >= 80 && type <= 89) {
            return TANKER;
        }
        return OTHER;
    }
}
