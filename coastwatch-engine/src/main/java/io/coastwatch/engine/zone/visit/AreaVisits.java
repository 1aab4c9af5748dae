package io.coastwatch.engine.zone.visit;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>The store gives the fixes near the area: those inside its envelope widened by
 * {@link #MARGIN_DEGREES}, from {@link #LOOK_AROUND} before the period to as long after
 * ({@link PositionStore#scanBox}). Each vessel's near fixes are then followed in time order; where the
 * vessel may have left the widened box and come back in between (two near fixes at least
 * {@link #EXCURSION} apart) and it matters (both inside the area, or the line between them could cut
 * it), and before and after its near fixes when they start or end inside the area, its track is read
 * there ({@link PositionStore#track}). Between two fixes at most {@link #MAX_GAP} apart the vessel is
 * taken to move in a straight line (in longitude/latitude) at constant speed: the times it crossed the
 * area's boundary are interpolated where the segment cuts it, and a segment that passes through the
 * area with both fixes outside (VMS reports two hours apart) is a visit too. Across a longer gap
 * nothing is interpolated: a vessel inside at both ends stayed inside; one that changed sides entered
 * at the first fix seen inside, or left at the last. A vessel last heard inside less than
 * {@code MAX_GAP} before the period's end (and not after) is still inside then; heard inside less than
 * {@code MAX_GAP} after its start (and not before), it was inside already. The boundary belongs to the
 * area.
 *
 * <p>Limits: a segment between two fixes both outside the widened box is not looked at (one of more
 * than about 30 nm: over 10 kn between VMS reports two hours apart); {@code EXCURSION} assumes the
 * engine's 50 kn plausibility limit and latitudes below 30°; at most {@link #MAX_FIXES_PER_VESSEL}
 * fixes are read from one track at a time. Cost: the store's scan of every fix of the period (plus
 * the look-around), then work in proportion to the fixes near the area (see {@code BENCHMARKS.md}).
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
    /** The most fixes of one vessel read from its track at a time. */
    public static final int MAX_FIXES_PER_VESSEL = 1_000_000;
    /**
     * The shortest time in which a vessel inside the area can leave the widened box and come back:
     * twice the margin (at least 13.8 nm below 30° of latitude) at 50 kn, rounded down.
     */
    public static final Duration EXCURSION = Duration.ofMinutes(30);

    /** How many fixes are read to find the next plausible one. */
    private static final int NEXT_FIXES = 16;
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
        long lookAround = LOOK_AROUND.toMillis();
        Map<Long, List<Fix>> near = new HashMap<>();
        positions.scanBox(fromMillis - lookAround, toMillis + lookAround,
                Math.max(-180, box.getMinX() - MARGIN_DEGREES), Math.max(-90, box.getMinY() - MARGIN_DEGREES),
                Math.min(180, box.getMaxX() + MARGIN_DEGREES), Math.min(90, box.getMaxY() + MARGIN_DEGREES),
                (vesselId, timeMillis, latitude, longitude) -> near.computeIfAbsent(vesselId, id -> new ArrayList<>())
                        .add(new Fix(timeMillis, longitude, latitude)));
        Shape shape = new Shape(area, PreparedGeometryFactory.prepare(area), box);
        List<VesselVisits> found = new ArrayList<>();
        near.keySet().stream().sorted().forEach(vesselId -> {
            List<Fix> track = track(vesselId, near.get(vesselId), shape, fromMillis - lookAround, toMillis + lookAround);
            List<Visit> visits = clip(stays(track, shape, fromMillis, toMillis), fromMillis, toMillis);
            if (!visits.isEmpty()) {
                found.add(new VesselVisits(vesselId, visits));
            }
        });
        found.sort(Comparator.comparingLong((VesselVisits v) -> v.visits().getFirst().enteredMillis().orElse(Long.MIN_VALUE))
                .thenComparingLong(VesselVisits::vesselId));
        return found;
    }

    /** A position at a time: what the visits need of a fix. */
    private record Fix(long timeMillis, double longitude, double latitude) {
        static Fix of(PositionFix fix) {
            return new Fix(fix.timeMillis(), fix.longitude(), fix.latitude());
        }
    }

    /** The area, prepared for repeated tests, and its envelope. */
    private record Shape(Geometry area, PreparedGeometry prepared, Envelope envelope) {
    }

    /**
     * The vessel's fixes that decide its visits: the near ones, with the track read in between where it
     * may have left the widened box, and before and after them where they start or end inside the area.
     */
    private List<Fix> track(long vesselId, List<Fix> nearFixes, Shape shape, long fromMillis, long toMillis) {
        List<Fix> sorted = new ArrayList<>(nearFixes);
        sorted.sort(Comparator.comparingLong(Fix::timeMillis));
        long maxGap = MAX_GAP.toMillis();
        List<Fix> track = new ArrayList<>(sorted.size());
        Fix first = sorted.getFirst();
        if (inside(first, shape)) {
            // the fix just before, or any older one in the window (too far to join, but the vessel was heard)
            List<Fix> before = read(vesselId, Math.max(fromMillis, first.timeMillis() - maxGap), first.timeMillis(),
                    MAX_FIXES_PER_VESSEL);
            List<Fix> older = before.isEmpty() ? read(vesselId, fromMillis, first.timeMillis() - maxGap, NEXT_FIXES) : before;
            if (!older.isEmpty()) {
                track.add(before.isEmpty() ? older.getFirst() : older.getLast());
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            Fix a = sorted.get(i);
            track.add(a);
            if (i + 1 < sorted.size()) {
                Fix b = sorted.get(i + 1);
                long gap = b.timeMillis() - a.timeMillis();
                if (gap >= EXCURSION.toMillis() && (inside(a, shape) && inside(b, shape)
                        || gap <= maxGap && shape.envelope().intersects(
                                new Envelope(a.longitude(), b.longitude(), a.latitude(), b.latitude())))) {
                    track.addAll(read(vesselId, a.timeMillis() + 1, b.timeMillis(), MAX_FIXES_PER_VESSEL));
                }
            }
        }
        Fix last = sorted.getLast();
        if (inside(last, shape)) {
            List<Fix> after = read(vesselId, last.timeMillis() + 1, toMillis, NEXT_FIXES);
            if (!after.isEmpty()) {
                track.add(after.getFirst());
            }
        }
        return track;
    }

    /** The first {@code limit} fixes of the vessel's track with {@code fromMillis <= time < toMillis}, plausible ones. */
    private List<Fix> read(long vesselId, long fromMillis, long toMillis, int limit) {
        return positions.track(vesselId, fromMillis, toMillis, limit).stream()
                .filter(PositionFix::isPlausible).map(Fix::of).toList();
    }

    private boolean inside(Fix fix, Shape shape) {
        return shape.prepared().covers(factory.createPoint(new Coordinate(fix.longitude(), fix.latitude())));
    }

    /** The stays inside, merged, as {start, end} in ms; MIN_VALUE / MAX_VALUE where open at the period's edges. */
    private List<long[]> stays(List<Fix> track, Shape shape, long fromMillis, long toMillis) {
        if (track.isEmpty()) {
            return List.of();
        }
        long maxGap = MAX_GAP.toMillis();
        boolean[] inside = new boolean[track.size()];
        List<long[]> stays = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            Fix fix = track.get(i);
            inside[i] = inside(fix, shape);
            if (inside[i]) {
                stays.add(new long[] {fix.timeMillis(), fix.timeMillis()});
            }
        }
        for (int i = 1; i < track.size(); i++) {
            Fix a = track.get(i - 1);
            Fix b = track.get(i);
            boolean samePlace = a.longitude() == b.longitude() && a.latitude() == b.latitude();
            if (b.timeMillis() - a.timeMillis() > maxGap || samePlace) {
                if (inside[i - 1] && inside[i]) {
                    stays.add(new long[] {a.timeMillis(), b.timeMillis()});
                }
                continue;
            }
            segmentStays(a, b, shape, stays);
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
        Fix first = track.getFirst();
        Fix last = track.getLast();
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
    private void segmentStays(Fix a, Fix b, Shape shape, List<long[]> stays) {
        Coordinate from = new Coordinate(a.longitude(), a.latitude());
        Coordinate to = new Coordinate(b.longitude(), b.latitude());
        LineString segment = factory.createLineString(new Coordinate[] {from, to});
        if (!shape.prepared().intersects(segment)) {
            return;
        }
        if (shape.prepared().covers(segment)) {
            stays.add(new long[] {a.timeMillis(), b.timeMillis()});
            return;
        }
        Geometry parts = OverlayNGRobust.overlay(shape.area(), segment, OverlayNG.INTERSECTION);
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
