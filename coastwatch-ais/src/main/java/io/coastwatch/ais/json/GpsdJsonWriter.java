package io.coastwatch.ais.json;

import io.coastwatch.ais.message.Acknowledgement;
import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.AddressedSafetyMessage;
import io.coastwatch.ais.message.AidToNavigationReport;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.AssignmentModeCommand;
import io.coastwatch.ais.message.BaseStationReport;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.ChannelManagement;
import io.coastwatch.ais.message.DataLinkManagement;
import io.coastwatch.ais.message.ExtendedClassBPositionReport;
import io.coastwatch.ais.message.GnssBroadcastBinaryMessage;
import io.coastwatch.ais.message.GroupAssignmentCommand;
import io.coastwatch.ais.message.Interrogation;
import io.coastwatch.ais.message.LongRangePositionReport;
import io.coastwatch.ais.message.MultipleSlotBinaryMessage;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.SafetyBroadcastMessage;
import io.coastwatch.ais.message.SarAircraftPositionReport;
import io.coastwatch.ais.message.SingleSlotBinaryMessage;
import io.coastwatch.ais.message.StandardClassBPositionReport;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.ais.message.StaticDataReport;
import io.coastwatch.ais.message.UtcDateInquiry;

/**
 * Writes AIS messages as gpsd JSON objects ({@code "class":"AIS"}), scaled like {@code gpsdecode -j}
 * or unscaled like {@code gpsdecode -u -j}.
 *
 * <p>Each message is written on its own; the two parts of message 24 are written as gpsd writes
 * unpaired parts, with a {@code "part"} member, unless paired by {@link #writePaired} (see
 * {@link GpsdJsonStream}, which pairs them as gpsd does).
 *
 * <p>Stateless and thread-safe; the {@link JsonOutput} it writes into is not.
 */
public final class GpsdJsonWriter {
    private final String device;

    /**
     * @param device the value of the {@code "device"} member ({@code "stdin"} for gpsdecode)
     */
    public GpsdJsonWriter(String device) {
        this.device = device;
    }

    /** Appends one JSON object for {@code message} to {@code out}. */
    public void write(AisMessage message, boolean scaled, JsonOutput out) {
        begin(message, scaled, out);
        switch (message) {
            case PositionReportClassA report -> PositionJson.classA(report, scaled, out);
            case BaseStationReport report -> StationJson.baseStation(report, scaled, out);
            case StaticAndVoyageData data -> StaticJson.staticAndVoyage(data, scaled, out);
            case SarAircraftPositionReport report -> StationJson.sarAircraft(report, scaled, out);
            case StandardClassBPositionReport report -> ClassBJson.standard(report, scaled, out);
            case ExtendedClassBPositionReport report -> ClassBJson.extended(report, scaled, out);
            case AidToNavigationReport report -> StationJson.aidToNavigation(report, scaled, out);
            case StaticDataReport.PartA part -> StaticJson.partA(part, out);
            case StaticDataReport.PartB part -> StaticJson.partB(part, null, out);
            case LongRangePositionReport report -> StationJson.longRange(report, scaled, out);
            case Acknowledgement ack -> MessagingJson.acknowledgement(ack, out);
            case UtcDateInquiry inquiry -> MessagingJson.utcDateInquiry(inquiry, out);
            case AddressedSafetyMessage safety -> MessagingJson.addressedSafety(safety, out);
            case SafetyBroadcastMessage safety -> MessagingJson.safetyBroadcast(safety, out);
            case Interrogation interrogation -> LinkManagementJson.interrogation(interrogation, out);
            case AssignmentModeCommand command -> LinkManagementJson.assignmentModeCommand(command, out);
            case DataLinkManagement management -> LinkManagementJson.dataLinkManagement(management, out);
            case ChannelManagement management -> LinkManagementJson.channelManagement(management, scaled, out);
            case GroupAssignmentCommand command -> LinkManagementJson.groupAssignmentCommand(command, scaled, out);
            case AddressedBinaryMessage binary -> BinaryJson.addressed(binary, scaled, out);
            case BinaryBroadcastMessage binary -> BinaryJson.broadcast(binary, scaled, out);
            case GnssBroadcastBinaryMessage gnss -> BinaryJson.gnss(gnss, scaled, out);
            case SingleSlotBinaryMessage binary -> BinaryJson.singleSlot(binary, out);
            case MultipleSlotBinaryMessage binary -> BinaryJson.multipleSlot(binary, out);
        }
        out.endObject();
    }

    /**
     * Appends one JSON object for a message 24 part B completed by the name its station sent in
     * part A: gpsd's report of both parts, which has the part B members and {@code shipname}.
     */
    public void writePaired(StaticDataReport.PartB partB, String shipName, boolean scaled, JsonOutput out) {
        begin(partB, scaled, out);
        StaticJson.partB(partB, shipName, out);
        out.endObject();
    }

    private void begin(AisMessage message, boolean scaled, JsonOutput out) {
        out.beginObject()
                .member("class", "AIS")
                .member("device", device)
                .member("type", message.messageType())
                .member("repeat", message.repeatIndicator())
                .member("mmsi", Integer.toUnsignedLong(message.mmsi()))
                .member("scaled", scaled);
    }
}
