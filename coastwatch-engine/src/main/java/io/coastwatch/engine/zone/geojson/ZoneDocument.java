package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.Zone;
import java.util.List;

/**
 * A zone document read whole: its zones, and what is doubtful in it though not wrong (for a person to
 * check), such as a national limit whose Vietnamese side nothing in the data gives.
 *
 * @param zones the zones, in document order
 * @param warnings each with the feature it is about, in document order
 */
public record ZoneDocument(List<Zone> zones, List<ZoneProblem> warnings) {

    public ZoneDocument {
        zones = List.copyOf(zones);
        warnings = List.copyOf(warnings);
    }
}
