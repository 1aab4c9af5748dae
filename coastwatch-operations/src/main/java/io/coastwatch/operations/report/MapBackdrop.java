package io.coastwatch.operations.report;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What the report's maps are drawn on: the area shown, the bundled land and the zones of the unit's
 * areas (longitude x, latitude y). The server gives it from its base map and zone store. Immutable.
 *
 * @param area  the area shown
 * @param land  the land, possibly empty
 * @param zones the zones outlined
 */
public record MapBackdrop(Envelope area, Geometry land, List<Geometry> zones) {
    public MapBackdrop {
        area = new Envelope(Objects.requireNonNull(area, "area"));
        Objects.requireNonNull(land, "land");
        zones = List.copyOf(zones);
    }
}
