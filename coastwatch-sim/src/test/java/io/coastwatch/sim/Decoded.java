package io.coastwatch.sim;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.message.AisMessage;
import java.util.ArrayList;
import java.util.List;

/** NMEA text decoded by the real codec: every message with its tag-block time and receiver. */
final class Decoded {
    /** One decoded message. */
    record Received(AisMessage message, long timeMillis, String source) {
    }

    final List<Received> messages = new ArrayList<>();
    final long rejected;
    final long lines;

    Decoded(String nmea) {
        AisDecoder decoder = new AisDecoder("test", (message, reception) ->
                messages.add(new Received(message, reception.eventTimeMillis(), reception.source())));
        nmea.lines().forEach(line -> decoder.decode(line, 0));
        rejected = decoder.counters().rejected() + decoder.counters().droppedFragments() + decoder.counters().droppedMessages();
        lines = decoder.counters().lines();
    }

    /** Position reports (types 1-3, 18, 19, 4, 21) of {@code mmsi}, in order. */
    List<Received> positionsOf(int mmsi) {
        List<Received> out = new ArrayList<>();
        for (Received r : messages) {
            if (r.message() instanceof io.coastwatch.ais.message.PositionReport p && p.mmsi() == mmsi) {
                out.add(r);
            }
        }
        return out;
    }
}
