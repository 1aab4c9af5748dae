package io.coastwatch.ais.json;

import io.coastwatch.ais.message.AssignmentModeCommand;
import io.coastwatch.ais.message.ChannelManagement;
import io.coastwatch.ais.message.DataLinkManagement;
import io.coastwatch.ais.message.GroupAssignmentCommand;
import io.coastwatch.ais.message.Interrogation;

/**
 * gpsd JSON members of the link management messages: interrogation (15), assigned mode command (16),
 * data link management (20), channel management (22) and group assignment command (23). gpsd prints
 * every entry of the variable-length ones whatever their count, 0 for the absent ones.
 */
final class LinkManagementJson {
    /** Area corners: 1/10 minute per degree. */
    private static final int TENTH_MINUTES_PER_DEGREE = 600;
    private static final String[] RESERVATION_OFFSET = {"offset1", "offset2", "offset3", "offset4"};
    private static final String[] RESERVATION_NUMBER = {"number1", "number2", "number3", "number4"};
    private static final String[] RESERVATION_TIMEOUT = {"timeout1", "timeout2", "timeout3", "timeout4"};
    private static final String[] RESERVATION_INCREMENT = {"increment1", "increment2", "increment3", "increment4"};

    private LinkManagementJson() {
    }

    static void interrogation(Interrogation interrogation, JsonOutput out) {
        out.member("mmsi1", interrogation.destinationMmsi1())
                .member("type1_1", interrogation.requestedType1())
                .member("offset1_1", interrogation.slotOffset1())
                .member("type1_2", interrogation.requestedType2())
                .member("offset1_2", interrogation.slotOffset2())
                .member("mmsi2", interrogation.destinationMmsi2())
                .member("type2_1", interrogation.requestedType3())
                .member("offset2_1", interrogation.slotOffset3());
    }

    static void assignmentModeCommand(AssignmentModeCommand command, JsonOutput out) {
        out.member("mmsi1", command.destinationMmsiA())
                .member("offset1", command.slotOffsetA())
                .member("increment1", command.incrementA())
                .member("mmsi2", command.destinationMmsiB())
                .member("offset2", command.slotOffsetB())
                .member("increment2", command.incrementB());
    }

    static void dataLinkManagement(DataLinkManagement management, JsonOutput out) {
        reservation(0, management.slotOffset1(), management.slotCount1(), management.timeoutMinutes1(),
                management.slotIncrement1(), out);
        reservation(1, management.slotOffset2(), management.slotCount2(), management.timeoutMinutes2(),
                management.slotIncrement2(), out);
        reservation(2, management.slotOffset3(), management.slotCount3(), management.timeoutMinutes3(),
                management.slotIncrement3(), out);
        reservation(3, management.slotOffset4(), management.slotCount4(), management.timeoutMinutes4(),
                management.slotIncrement4(), out);
    }

    /** gpsd prints the area (scaled: degrees as strings) or the two destinations, as the form is. */
    static void channelManagement(ChannelManagement management, boolean scaled, JsonOutput out) {
        out.member("channel_a", management.channelA())
                .member("channel_b", management.channelB())
                .member("txrx", management.txRxMode())
                .member("power", management.lowPower());
        if (management.addressed()) {
            out.member("dest1", management.destinationMmsiA())
                    .member("dest2", management.destinationMmsiB());
        } else {
            area(management.northEastLongitudeTenthMinute(), management.northEastLatitudeTenthMinute(),
                    management.southWestLongitudeTenthMinute(), management.southWestLatitudeTenthMinute(),
                    scaled, out);
        }
        out.member("addressed", management.addressed())
                .member("band_a", management.channelABandwidth())
                .member("band_b", management.channelBBandwidth())
                .member("zonesize", management.transitionalZoneSize());
    }

    /** gpsd leaves out the Tx/Rx mode of message 23. */
    static void groupAssignmentCommand(GroupAssignmentCommand command, boolean scaled, JsonOutput out) {
        area(command.northEastLongitudeTenthMinute(), command.northEastLatitudeTenthMinute(),
                command.southWestLongitudeTenthMinute(), command.southWestLatitudeTenthMinute(), scaled, out);
        out.member("stationtype", command.stationType())
                .member("stationtype_text", GpsdText.stationType(command.stationType()))
                .member("shiptype", command.shipType())
                .member("shiptype_text", GpsdText.shipType(command.shipType()))
                .member("interval", command.reportingInterval())
                .member("quiet", command.quietTimeMinutes());
    }

    /** One reservation of message 20, {@code index} 0-3. */
    private static void reservation(int index, int offset, int count, int timeout, int increment, JsonOutput out) {
        out.member(RESERVATION_OFFSET[index], offset)
                .member(RESERVATION_NUMBER[index], count)
                .member(RESERVATION_TIMEOUT[index], timeout)
                .member(RESERVATION_INCREMENT[index], increment);
    }

    /** Area corners in 1/10 minute; scaled, gpsd prints degrees with six decimals as strings. */
    private static void area(int northEastLongitude, int northEastLatitude, int southWestLongitude,
            int southWestLatitude, boolean scaled, JsonOutput out) {
        if (scaled) {
            out.quotedDecimal("ne_lon", northEastLongitude, TENTH_MINUTES_PER_DEGREE, 6)
                    .quotedDecimal("ne_lat", northEastLatitude, TENTH_MINUTES_PER_DEGREE, 6)
                    .quotedDecimal("sw_lon", southWestLongitude, TENTH_MINUTES_PER_DEGREE, 6)
                    .quotedDecimal("sw_lat", southWestLatitude, TENTH_MINUTES_PER_DEGREE, 6);
        } else {
            out.member("ne_lon", northEastLongitude)
                    .member("ne_lat", northEastLatitude)
                    .member("sw_lon", southWestLongitude)
                    .member("sw_lat", southWestLatitude);
        }
    }
}
