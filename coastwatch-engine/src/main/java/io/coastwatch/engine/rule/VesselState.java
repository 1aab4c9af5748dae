package io.coastwatch.engine.rule;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import java.util.List;
import java.util.Optional;

/**
 * What the rule engine knows of one vessel, kept up to date on the writer thread before the rules see
 * a fix. Rules read it; only the engine changes it. Writer thread only.
 */
public interface VesselState {

    long vesselId();

    /** The vessel's identities and static data as the tracker has them now. */
    VesselSnapshot snapshot();

    /** The last plausible fix, or {@code null} before the first. */
    PositionFix lastFix();

    /** The plausible fix before {@link #lastFix()}, or {@code null}. */
    PositionFix previousFix();

    /** The area zones containing {@link #lastFix()} (empty before the first fix). */
    List<Zone> zones();

    /** The area zones that contained {@link #previousFix()}. */
    List<Zone> previousZones();

    /**
     * The zones (areas and lines) whose edge the segment from {@link #previousFix()} to
     * {@link #lastFix()} crosses: a crossing between two reports far apart (VMS, 2 h) is not missed.
     */
    List<Zone> crossedEdges();

    /**
     * Whether the vessel is at sea: outside every port and anchorage zone, with docs/rules.md's two limits
     * (it enters port within 3 km of a port zone and leaves beyond 4 km) so that it does not flicker.
     */
    boolean atSea();

    /**
     * Whether {@link #lastFix()} is within {@code metres} of a port or anchorage zone (inside one
     * counts), as {@link RuleEnvironment#distanceToPortMetres} measures it; false before the first fix.
     */
    boolean nearPort(double metres);

    /** Event time the vessel last left port (became {@link #atSea()}), or {@link Long#MIN_VALUE}. */
    long leftPortMillis();

    /** Distance from {@link #lastFix()} to the nearest national limit, metres (infinite when none). */
    double distanceToNationalLimitMetres();

    /** Whether {@link #lastFix()} lies beyond the national limit (outside Vietnamese waters). */
    boolean beyondNationalLimit();

    /** Distance from {@link #lastFix()} to the coast, metres. */
    double distanceToShoreMetres();

    /** The registry's entry for this vessel (matched by registration number, MMSI or VMS device id). */
    Optional<RegisteredVessel> registered();

    /** Whether it is a Vietnamese vessel (MMSI with MID 574, or registered). */
    boolean isVietnamese();

    /** Whether it is a fishing vessel (AIS ship type 30, or registered in the fisheries registry). */
    boolean isFishingVessel();

    /** Event time of its last AIS report, or {@link Long#MIN_VALUE}. */
    long lastAisMillis();

    /** Event time of its last VMS report, or {@link Long#MIN_VALUE}. */
    long lastVmsMillis();

    /**
     * Its recent plausible fixes, oldest first: at least the last 4 hours of event time, at most a few
     * hundred; rules take their evidence from here. A read-only view that follows the vessel's next
     * fixes: copy what is kept beyond the call.
     */
    List<PositionFix> recentFixes();
}
