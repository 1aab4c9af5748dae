package io.coastwatch.ais.json;

import io.coastwatch.ais.message.Acknowledgement;
import io.coastwatch.ais.message.AddressedSafetyMessage;
import io.coastwatch.ais.message.SafetyBroadcastMessage;
import io.coastwatch.ais.message.UtcDateInquiry;

/**
 * gpsd JSON members of the station-to-station messages: acknowledgements (7, 13), UTC/date inquiry
 * (10) and safety related texts (12, 14). None of them has scaled values.
 */
final class MessagingJson {
    private MessagingJson() {
    }

    /** gpsd prints the four destination MMSIs whatever the count (0 for the absent ones). */
    static void acknowledgement(Acknowledgement ack, JsonOutput out) {
        out.member("mmsi1", ack.destinationMmsi1())
                .member("mmsi2", ack.destinationMmsi2())
                .member("mmsi3", ack.destinationMmsi3())
                .member("mmsi4", ack.destinationMmsi4());
    }

    static void utcDateInquiry(UtcDateInquiry inquiry, JsonOutput out) {
        out.member("dest_mmsi", inquiry.destinationMmsi());
    }

    static void addressedSafety(AddressedSafetyMessage message, JsonOutput out) {
        out.member("seqno", message.sequenceNumber())
                .member("dest_mmsi", message.destinationMmsi())
                .member("retransmit", message.retransmitted())
                .member("text", message.text());
    }

    static void safetyBroadcast(SafetyBroadcastMessage message, JsonOutput out) {
        out.member("text", message.text());
    }
}
