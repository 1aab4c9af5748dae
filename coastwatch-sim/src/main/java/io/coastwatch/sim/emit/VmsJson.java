package io.coastwatch.sim.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The JSON of a batch of VMS reports: an array of {@link VmsReport} objects. Thread-safe. */
final class VmsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VmsJson() {
    }

    static String array(List<VmsReport> batch) {
        try {
            return MAPPER.writeValueAsString(batch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("VMS reports are plain records", e);
        }
    }
}
