package io.coastwatch.operations.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a vessel's record in its history: which change made it, when and by whom. Versions
 * are appended, never changed. Immutable.
 *
 * @param version 1 for the record's first version, then one more per change
 * @param action what made it: {@code create}, {@code update} or {@code import}
 * @param changedAt when
 * @param changedBy the account that made it
 * @param vessel the record as it was from then on
 */
public record VesselVersion(int version, String action, Instant changedAt, String changedBy, FleetVessel vessel) {

    public VesselVersion {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(vessel, "vessel");
    }
}
