package io.coastwatch.ais.json;

import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;

/**
 * gpsd JSON members of the static data reports (messages 5 and 24) and the static members other
 * reports share: ship type, dimensions and position-fixing device.
 */
final class StaticJson {
    private StaticJson() {
    }

    static void staticAndVoyage(StaticAndVoyageData data, boolean scaled, JsonOutput out) {
        out.member("imo", data.imoNumber())
                .member("ais_version", data.aisVersion())
                .member("callsign", data.callSign())
                .member("shipname", data.shipName());
        shipType(data.shipType(), out);
        dimensions(data.dimensions(), out);
        epfd(data.epfd(), out);
        StringBuilder eta = new StringBuilder(12);
        StationJson.padded(eta, data.etaMonth(), 2).append('-');
        StationJson.padded(eta, data.etaDay(), 2).append('T');
        StationJson.padded(eta, data.etaHour(), 2).append(':');
        StationJson.padded(eta, data.etaMinute(), 2).append('Z');
        out.member("eta", eta.toString());
        if (scaled) {
            out.member("draught", data.draughtTenthMetres(), 10, 1);
        } else {
            out.member("draught", data.draughtTenthMetres());
        }
        out.member("destination", data.destination())
                .member("dte", data.dteNotReady() ? 1 : 0);
    }

    /** A part A on its own, as gpsd reports it before (or without) its part B. */
    static void partA(StaticDataReport.PartA part, JsonOutput out) {
        out.member("part", "A")
                .member("shipname", part.shipName());
    }

    /**
     * A part B: on its own ({@code pairedShipName} null), with gpsd's {@code "part"} member; or
     * completed by the name of its part A, gpsd's report of both parts, without it.
     */
    static void partB(StaticDataReport.PartB part, String pairedShipName, JsonOutput out) {
        if (pairedShipName == null) {
            // 'B', or 'C' and 'D' for the undefined part numbers 2 and 3 (which gpsd rejects).
            out.member("part", String.valueOf((char) ('A' + part.partNumber())));
        } else {
            out.member("shipname", pairedShipName);
        }
        shipType(part.shipType(), out);
        out.member("vendorid", part.legacyVendorId())
                .member("model", part.unitModelCode())
                .member("serial", part.serialNumber())
                .member("callsign", part.callSign());
        if (part.auxiliaryCraft()) {
            out.member("mothership_mmsi", part.mothershipMmsi());
        } else {
            dimensions(part.dimensions(), out);
        }
    }

    static void shipType(int shipType, JsonOutput out) {
        out.member("shiptype", shipType)
                .member("shiptype_text", GpsdText.shipType(shipType));
    }

    static void dimensions(ShipDimensions dimensions, JsonOutput out) {
        out.member("to_bow", dimensions.toBowMetres())
                .member("to_stern", dimensions.toSternMetres())
                .member("to_port", dimensions.toPortMetres())
                .member("to_starboard", dimensions.toStarboardMetres());
    }

    static void epfd(int epfd, JsonOutput out) {
        out.member("epfd", epfd)
                .member("epfd_text", GpsdText.epfd(epfd));
    }
}
