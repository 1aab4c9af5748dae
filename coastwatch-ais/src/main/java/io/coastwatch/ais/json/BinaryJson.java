package io.coastwatch.ais.json;

import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.BinaryData;
import io.coastwatch.ais.message.GnssBroadcastBinaryMessage;
import io.coastwatch.ais.message.MultipleSlotBinaryMessage;
import io.coastwatch.ais.message.SingleSlotBinaryMessage;
import io.coastwatch.ais.message.application.ApplicationData;
import java.util.Optional;

/** gpsd JSON members of the binary messages 6, 8, 17, 25 and 26. */
final class BinaryJson {
    /** Message 17 latitude and longitude units per degree: 1/10 minute. */
    private static final double GNSS_UNITS_PER_DEGREE = 600.0;
    /** Bits of the destination MMSI of an addressed message 25 or 26. */
    private static final int DESTINATION_BITS = 30;

    private BinaryJson() {
    }

    static void addressed(AddressedBinaryMessage message, boolean scaled, JsonOutput out) {
        out.member("seqno", message.sequenceNumber())
                .member("dest_mmsi", message.destinationMmsi())
                .member("retransmit", message.retransmitted())
                .member("dac", message.designatedAreaCode())
                .member("fid", message.functionId());
        applicationOrData(message.application(), message.data(), scaled, out);
    }

    static void broadcast(BinaryBroadcastMessage message, boolean scaled, JsonOutput out) {
        out.member("dac", message.designatedAreaCode())
                .member("fid", message.functionId());
        applicationOrData(message.application(), message.data(), scaled, out);
    }

    static void gnss(GnssBroadcastBinaryMessage message, boolean scaled, JsonOutput out) {
        if (scaled) {
            // gpsd divides in floating point and prints one decimal: ties (…x.x5) follow the double.
            PrintfDecimal.member(out, "lon", message.longitudeTenthMinute() / GNSS_UNITS_PER_DEGREE, 1);
            PrintfDecimal.member(out, "lat", message.latitudeTenthMinute() / GNSS_UNITS_PER_DEGREE, 1);
        } else {
            out.member("lon", message.longitudeTenthMinute())
                    .member("lat", message.latitudeTenthMinute());
        }
        data(message.data(), out);
    }

    static void singleSlot(SingleSlotBinaryMessage message, JsonOutput out) {
        out.member("addressed", message.addressed())
                .member("structured", message.structured())
                .member("dest_mmsi", message.destinationMmsi())
                .member("app_id", message.applicationId());
        data(message.data(), out);
    }

    /**
     * gpsd quirks: "radio" is always 0 (gpsd does not decode the communication state of message 26),
     * and the hex digits of the last, partial byte of the data show some of the communication state
     * bits that follow it. gpsd copies the data in whole bytes from bit 40 (56 when structured), before
     * dropping an addressed message's 30-bit destination, so the bits after the data show up to the
     * end of that copy and as zeros beyond.
     */
    static void multipleSlot(MultipleSlotBinaryMessage message, JsonOutput out) {
        out.member("addressed", message.addressed())
                .member("structured", message.structured())
                .member("dest_mmsi", message.destinationMmsi())
                .member("app_id", message.applicationId());
        BinaryData data = message.data();
        byte[] bytes = data.bytes();
        int padding = bytes.length * 8 - data.bitCount();
        int copiedAfterData = Math.floorMod(-(data.bitCount() + (message.addressed() ? DESTINATION_BITS : 0)), 8);
        int shown = Math.min(padding, copiedAfterData);
        if (shown > 0) {
            int state = (message.itdmaState() ? 1 << 19 : 0) | message.radioStatus();
            int stateBits = state >>> (MultipleSlotBinaryMessage.COMMUNICATION_STATE_BITS - shown);
            bytes = bytes.clone();
            bytes[bytes.length - 1] |= (byte) (stateBits << (padding - shown));
        }
        out.bitsMember("data", bytes, data.bitCount())
                .member("radio", 0);
    }

    private static void applicationOrData(Optional<ApplicationData> application, BinaryData data, boolean scaled,
            JsonOutput out) {
        if (application.isEmpty() || !ApplicationJson.write(application.get(), scaled, out)) {
            data(data, out);
        }
    }

    private static void data(BinaryData data, JsonOutput out) {
        out.bitsMember("data", data.bytes(), data.bitCount());
    }
}
