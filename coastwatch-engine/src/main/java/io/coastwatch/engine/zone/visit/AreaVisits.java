package io.coastwatch.engine.zone.visit;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Which vessels were inside an area during a period, with entry and exit times, from the stored
 * positions (plausible fixes only).
 *
 * <p>Two steps: the store names the candidates, the vessels with a fix during the period inside the
 * area's envelope widened by {@link #MARGIN_DEGREES} ({@link PositionStore#vesselsInBox}); then each
 * candidate's track, from {@link #LOOK_AROUND} before the period to as long after, is followed fix by
 * fix. Between two fixes at most {@link #MAX_GAP} apart the vessel is taken to move in a straight
 * line (in longitude/latitude) at constant speed: the times it crossed the area's boundary are
 * interpolated where the segment cuts it, and a segment that passes through the area with both fixes
 * outside (VMS reports two hours apart) is a visit too. Across a longer gap nothing is interpolated:
 * a vessel inside at both ends stayed inside; one that changed sides entered at the first fix seen
 * inside, or left at the last. A vessel last heard inside less than {@code MAX_GAP} before the period's
 * end (and not after) is still inside then; heard inside less than {@code MAX_GAP} after its start
 * (and not before), it was inside already. The boundary belongs to the area.
 *
 * <p>Limits: a vessel whose fixes around a crossing are all more than {@code MARGIN_DEGREES} from the
 * area's envelope is missed (a segment of more than about 30 nm: over 10 kn between VMS reports); at
 * most {@link #MAX_FIXES_PER_VESSEL} fixes of one vessel are read. Cost: the store's candidate query
 * reads every fix of the period (see the store), then each candidate's track in the period.
 *
 * <p>Thread-safe (stateless apart from the store).
 */
public final class AreaVisits {
    /** How far before and after the period each candidate's track is read, to know where it was at the edges. */
    public static final Duration LOOK_AROUND = Duration.ofHours(3);
    /** Fixes further apart than this are not joined by a straight line. */
    public static final Duration MAX_GAP = Duration.ofHours(3);
    /** How far around the area's envelope a fix makes its vessel a candidate, in degrees (0.25° ≈ 15 nm). */
    public static final double MARGIN_DEGREES = 0.25;
    /** The most fixes of one vessel read for one question. */
    public static final int MAX_FIXES_PER_VESSEL = 1_000_000;

    /** Stays closer than this are one stay (interpolated times are rounded to the millisecond). */
    private static final long MERGE_MILLIS = 1_000;

    private final PositionStore positions;
    private final GeometryFactory factory;

    public AreaVisits(PositionStore positions, GeometryFactory factory) {
        this.positions = positions;
        this.factory = factory;
    }

    /**
     * The vessels inside {@code area} at any time with {@code fromMillis <= time < toMillis}, ordered by
     * their first entry (those inside at the start first), then by vessel id.
     *
     * @param area a Polygon or MultiPolygon, WGS-84 longitude/latitude
     * @throws IllegalArgumentException when the area is not polygonal or the period is empty
     */
    public List<VesselVisits> during(Geometry area, long fromMillis, long toMillis) {
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new IllegalArgumentException("visits need an area (Polygon or MultiPolygon), not a "
                    + area.getGeometryType());
        }
        if (fromMillis >= toMillis) {
            throw new IllegalArgumentException("the period's start must be before its end");
        }
        Envelope box = area.getEnvelopeInternal();
        List<Long> candidates = new ArrayList<>(positions.vesselsInBox(fromMillis, toMillis,
                Math.max(-180, box.getMinX() - MARGIN_DEGREES), Math.max(-90, box.getMinY() - MARGIN_DEGREES),
                Math.min(180, box.getMaxX() + MARGIN_DEGREES), Math.min(90, box.getMaxY() + MARGIN_DEGREES)));
        candidates.sort(null);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        long lookAround = LOOK_AROUND.toMillis();
        List<VesselVisits> found = new ArrayList<>();
        for (long vesselId : candidates) {
            List<PositionFix> track = positions.track(vesselId, fromMillis - lookAround, toMillis + lookAround,
                    MAX_FIXES_PER_VESSEL).stream().filter(PositionFix::isPlausible).toList();
            List<Visit> visits = clip(stays(track, area, prepared, fromMillis, toMillis), fromMillis, toMillis);
            if (!visits.isEmpty()) {
                found.add(new VesselVisits(vesselId, visits));
            }
        }
        found.sort(Comparator.comparingLong((VesselVisits v) -> v.visits().getFirst().enteredMillis().orElse(Long.MIN_VALUE))
                .thenComparingLong(VesselVisits::vesselId));
        return found;
    }

    /** The stays inside, merged, as {start, end} in ms; MIN_VALUE / MAX_VALUE where open at the period's edges. */
    private List<long[]> stays(List<PositionFix> track, Geometry area, PreparedGeometry prepared, long fromMillis,
            long toMillis) {
        if (track.isEmpty()) {
            return List.of();
        }
        long maxGap = MAX_GAP.toMillis();
        boolean[] inside = new boolean[track.size()];
        List<long[]> stays = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            PositionFix fix = track.get(i);
            inside[i] = prepared.covers(factory.createPoint(new Coordinate(fix.longitude(), fix.latitude())));
            if (inside[i]) {
                stays.add(new long[] {fix.timeMillis(), fix.timeMillis()});
            }
        }
        for (int i = 1; i < track.size(); i++) {
            PositionFix a = track.get(i - 1);
            PositionFix b = track.get(i);
            boolean samePlace = a.longitude() == b.longitude() && a.latitude() == b.latitude();
            if (b.timeMillis() - a.timeMillis() > maxGap || samePlace) {
                if (inside[i - 1] && inside[i]) {
                    stays.add(new long[] {a.timeMillis(), b.timeMillis()});
                }
                continue;
            }
            segmentStays(a, b, area, prepared, stays);
        }
        stays.sort(Comparator.comparingLong(stay -> stay[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] stay : stays) {
            long[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && stay[0] <= last[1] + MERGE_MILLIS) {
                last[1] = Math.max(last[1], stay[1]);
            } else {
                merged.add(stay.clone());
            }
        }
        PositionFix first = track.getFirst();
        PositionFix last = track.getLast();
        if (!merged.isEmpty() && inside[0] && merged.getFirst()[0] == first.timeMillis()
                && first.timeMillis() <= fromMillis + maxGap) {
            merged.getFirst()[0] = Long.MIN_VALUE;
        }
        if (!merged.isEmpty() && inside[track.size() - 1] && merged.getLast()[1] == last.timeMillis()
                && last.timeMillis() >= toMillis - maxGap) {
            merged.getLast()[1] = Long.MAX_VALUE;
        }
        return merged;
    }

    /** Adds the parts of the straight segment a→b inside the area, with interpolated times. */
    private void segmentStays(PositionFix a, PositionFix b, Geometry area, PreparedGeometry prepared, List<long[]> stays) {
        Coordinate from = new Coordinate(a.longitude(), a.latitude());
        Coordinate to = new Coordinate(b.longitude(), b.latitude());
        LineString segment = factory.createLineString(new Coordinate[] {from, to});
        if (!prepared.intersects(segment)) {
            return;
        }
        if (prepared.covers(segment)) {
            stays.add(new long[] {a.timeMillis(), b.timeMillis()});
            return;
        }
        Geometry parts = OverlayNGRobust.overlay(area, segment, OverlayNG.INTERSECTION);
        long duration = b.timeMillis() - a.timeMillis();
        for (int k = 0; k < parts.getNumGeometries(); k++) {
            Coordinate[] part = parts.getGeometryN(k).getCoordinates();
            if (part.length == 0) {
                continue;
            }
            double f1 = fraction(from, to, part[0]);
            double f2 = fraction(from, to, part[part.length - 1]);
            stays.add(new long[] {a.timeMillis() + Math.round(Math.min(f1, f2) * duration),
                    a.timeMillis() + Math.round(Math.max(f1, f2) * duration)});
        }
    }

    /** Where {@code p} lies along from→to, 0 at from and 1 at to. */
    private static double fraction(Coordinate from, Coordinate to, Coordinate p) {
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        double f = ((p.x - from.x) * dx + (p.y - from.y) * dy) / (dx * dx + dy * dy);
        return Math.clamp(f, 0.0, 1.0);
    }

    /** The stays that overlap the period, as visits: edges outside the period (or open) are empty. */
    private static List<Visit> clip(List<long[]> stays, long fromMillis, long toMillis) {
        List<Visit> visits = new ArrayList<>();
        for (long[] stay : stays) {
            if (stay[1] < fromMillis || stay[0] >= toMillis) {
                continue;
            }
            visits.add(new Visit(stay[0] < fromMillis ? OptionalLong.empty() : OptionalLong.of(stay[0]),
                    stay[1] >= toMillis ? OptionalLong.empty() : OptionalLong.of(stay[1])));
        }
        return visits;
    }
}
