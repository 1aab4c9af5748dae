package io.coastwatch.engine.rule;

import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.zone.index.ZoneIndex;

/**
 * What rules may consult beyond a vessel's own state. Every rule class has a constructor
 * {@code (RuleDefinition, RuleEnvironment)}. Writer thread only; the zones may be replaced between two
 * calls (read {@link #zones()} each time, do not keep it).
 */
public interface RuleEnvironment {

    /** The fisheries registry and departure records. */
    VesselRegistry registry();

    /** The zones in force now. */
    ZoneIndex zones();

    /** Distance from a position to the nearest port or anchorage zone, metres (infinite when none). */
    double distanceToPortMetres(double latitude, double longitude);

    /** Distance from a position to the coast, metres. */
    double distanceToShoreMetres(double latitude, double longitude);
}
