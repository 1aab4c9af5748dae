package io.coastwatch.engine.zone.visit;

import java.util.List;

/**
 * The stays of one vessel inside an area during a period.
 *
 * @param vesselId the vessel
 * @param visits oldest first, never empty
 */
public record VesselVisits(long vesselId, List<Visit> visits) {

    public VesselVisits {
        visits = List.copyOf(visits);
    }
}
