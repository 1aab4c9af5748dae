package io.coastwatch.ais.json;

import io.coastwatch.ais.message.Acknowledgement;
import io.coastwatch.ais.message.AddressedSafetyMessage;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.AssignmentModeCommand;
import io.coastwatch.ais.message.ChannelManagement;
import io.coastwatch.ais.message.DataLinkManagement;
import io.coastwatch.ais.message.GroupAssignmentCommand;
import io.coastwatch.ais.message.Interrogation;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.SafetyBroadcastMessage;
import io.coastwatch.ais.message.UtcDateInquiry;

/**
 * Writes AIS messages as gpsd JSON objects ({@code "class":"AIS"}), scaled like {@code gpsdecode -j}
 * or unscaled like {@code gpsdecode -u -j}.
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
        out.beginObject()
                .member("class", "AIS")
                .member("device", device)
                .member("type", message.messageType())
                .member("repeat", message.repeatIndicator())
                .member("mmsi", Integer.toUnsignedLong(message.mmsi()))
                .member("scaled", scaled);
        switch (message) {
            case PositionReportClassA report -> PositionJson.classA(report, scaled, out);
            case Acknowledgement ack -> MessagingJson.acknowledgement(ack, out);
            case UtcDateInquiry inquiry -> MessagingJson.utcDateInquiry(inquiry, out);
            case AddressedSafetyMessage safety -> MessagingJson.addressedSafety(safety, out);
            case SafetyBroadcastMessage safety -> MessagingJson.safetyBroadcast(safety, out);
            case Interrogation interrogation -> LinkManagementJson.interrogation(interrogation, out);
            case AssignmentModeCommand command -> LinkManagementJson.assignmentModeCommand(command, out);
            case DataLinkManagement management -> LinkManagementJson.dataLinkManagement(management, out);
            case ChannelManagement management -> LinkManagementJson.channelManagement(management, scaled, out);
            case GroupAssignmentCommand command -> LinkManagementJson.groupAssignmentCommand(command, scaled, out);
        }
        out.endObject();
    }
}
