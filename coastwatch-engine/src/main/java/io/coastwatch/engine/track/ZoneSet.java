package io.coastwatch.engine.track;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.NationalLimits;
import io.coastwatch.engine.zone.index.PortDistances;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.List;

/**
 * The zones in force and the indexes the engine asks of them for every fix, built together (off the
 * writer thread, since building takes time) and swapped in at once. Immutable and thread-safe.
 *
 * @param index which zones contain a position, distance to the national limit, edges crossed
 * @param ports distance to the nearest port or anchorage
 * @param limits which side of the national limit a position is on
 */
public record ZoneSet(ZoneIndex index, PortDistances ports, NationalLimits limits) {

    /** The zones and their indexes, built now (it takes time: off the writer thread). */
    public static ZoneSet of(List<Zone> zones, LandMask land) {
        return new ZoneSet(new ZoneIndex(zones), new PortDistances(zones), new NationalLimits(zones, land));
    }
}
