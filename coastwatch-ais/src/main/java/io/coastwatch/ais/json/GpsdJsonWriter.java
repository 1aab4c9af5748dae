package io.coastwatch.ais.json;

import io.coastwatch.ais.message.AddressedBinaryMessage;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.message.BinaryBroadcastMessage;
import io.coastwatch.ais.message.GnssBroadcastBinaryMessage;
import io.coastwatch.ais.message.MultipleSlotBinaryMessage;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.SingleSlotBinaryMessage;

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
            case AddressedBinaryMessage binary -> BinaryJson.addressed(binary, scaled, out);
            case BinaryBroadcastMessage binary -> BinaryJson.broadcast(binary, scaled, out);
            case GnssBroadcastBinaryMessage gnss -> BinaryJson.gnss(gnss, scaled, out);
            case SingleSlotBinaryMessage binary -> BinaryJson.singleSlot(binary, out);
            case MultipleSlotBinaryMessage binary -> BinaryJson.multipleSlot(binary, out);
        }
        out.endObject();
    }
}
