package io.coastwatch.sim.emit;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of a batch of VMS reports: an array of {@link VmsLine} objects. Thread-safe. */
final class VmsJson {
    private VmsJson() {
    }

    static String array(List<VmsLine> batch) {
        return JsonMapper.shared().writeValueAsString(batch);
    }
}
