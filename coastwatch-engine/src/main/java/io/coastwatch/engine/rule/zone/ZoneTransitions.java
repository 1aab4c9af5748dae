package io.coastwatch.engine.rule.zone;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.zone.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * How a vessel's watched zones changed with its last fix, by comparing the zones that contain the
 * previous fix with those that contain the last (Traccar's geofence events), and, between fixes
 * {@value #SEGMENT_CHECK_METRES} m apart or more (VMS reports two hours apart), the zones whose edge
 * the segment between them crosses though neither fix is inside: the vessel passed through them. A
 * vessel's first fix changes nothing (where it was before is not known).
 *
 * @param entered watched zones containing the last fix and not the previous one
 * @param exited watched zones containing the previous fix and not the last one
 * @param passedThrough watched zones crossed between the two fixes, containing neither
 */
record ZoneTransitions(List<Zone> entered, List<Zone> exited, List<Zone> passedThrough) {
    /** Fixes closer than this are not checked for zones passed through in between. */
    static final double SEGMENT_CHECK_METRES = 1_000;
    private static final double METRES_PER_DEGREE = Math.toRadians(GreatCircle.EARTH_RADIUS_METRES);

    static ZoneTransitions of(VesselState vessel, WatchedZones watched) {
        if (vessel.previousFix() == null) {
            return NOTHING;
        }
        boolean sameZones = vessel.zones() == vessel.previousZones();
        if (sameZones && !farApart(vessel.previousFix(), vessel.lastFix())) {
            return NOTHING;
        }
        List<Zone> now = watched.among(vessel.zones());
        List<Zone> before = sameZones ? now : watched.among(vessel.previousZones());
        List<Zone> entered = new ArrayList<>();
        for (Zone zone : now) {
            if (!WatchedZones.containsId(before, zone.id())) {
                entered.add(zone);
            }
        }
        List<Zone> exited = new ArrayList<>();
        for (Zone zone : before) {
            if (!WatchedZones.containsId(now, zone.id())) {
                exited.add(zone);
            }
        }
        List<Zone> passedThrough = new ArrayList<>();
        PositionFix from = vessel.previousFix();
        PositionFix to = vessel.lastFix();
        if (farApart(from, to)) {
            for (Zone zone : watched.among(vessel.crossedEdges())) {
                if (!WatchedZones.containsId(now, zone.id()) && !WatchedZones.containsId(before, zone.id())) {
                    passedThrough.add(zone);
                }
            }
        }
        return new ZoneTransitions(entered, exited, passedThrough);
    }

    private static final ZoneTransitions NOTHING = new ZoneTransitions(List.of(), List.of(), List.of());

    /**
     * Whether two fixes are {@link #SEGMENT_CHECK_METRES} apart or more, by the equirectangular
     * approximation (cheap; within a fraction of a percent at these distances).
     */
    private static boolean farApart(PositionFix from, PositionFix to) {
        double northMetres = (to.latitude() - from.latitude()) * METRES_PER_DEGREE;
        double eastMetres = (to.longitude() - from.longitude()) * METRES_PER_DEGREE;
        if (northMetres * northMetres + eastMetres * eastMetres < SEGMENT_CHECK_METRES * SEGMENT_CHECK_METRES) {
            return false;       // near even before the cosine shortens east-west: the usual case, no cosine
        }
        eastMetres *= Math.cos(Math.toRadians(from.latitude()));
        return northMetres * northMetres + eastMetres * eastMetres >= SEGMENT_CHECK_METRES * SEGMENT_CHECK_METRES;
    }

    /** Whether nothing changed. */
    boolean isEmpty() {
        return entered.isEmpty() && exited.isEmpty() && passedThrough.isEmpty();
    }
}
