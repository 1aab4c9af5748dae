package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.MaritimeIdentificationDigits;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Identity conflict: what a vessel says about who and where it is cannot all be true.
 * <ul>
 *   <li>{@link Conflict#TWO_PLACES}: one MMSI at two places, its reports alternating between them —
 *       at least {@code minJumps} (4) jumps between consecutive reports faster than
 *       {@code jumpSpeedKnots} (50 kn) within {@code window} (1 h); a one-off spoof or glitch (there
 *       and back) gives two and is the position-jump rule's;</li>
 *   <li>{@link Conflict#INVALID_MMSI}: fewer than seven significant digits, or a MID the ITU never
 *       assigned (AIS-SART, MOB and EPIRB devices, 970-979, have none and are valid);</li>
 *   <li>{@link Conflict#IDENTITY_CHANGED}: the name, call sign or IMO number changes from one known
 *       value to another;</li>
 *   <li>{@link Conflict#AIS_VMS_APART}: the vessel's AIS and VMS reports, the older dead-reckoned to
 *       the newer's time (within {@value #COMPARE_MINUTES} minutes), stay more than
 *       {@code disagreementNm} (5 nm) apart for {@value #PERSIST_MINUTES} minutes (a VMS unit moved to
 *       another boat; a two-minute AIS spoof is not enough).</li>
 * </ul>
 * One alert per vessel, naming every conflict seen in the last {@code window}; it ends once none has
 * been seen for {@code window}. Writer thread only.
 */
public final class IdentityConflictRule extends BehaviourRule {
    private static final long COMPARE_MINUTES = 30;
    private static final long PERSIST_MINUTES = 10;
    private static final long COMPARE_MILLIS = Duration.ofMinutes(COMPARE_MINUTES).toMillis();
    private static final long PERSIST_MILLIS = Duration.ofMinutes(PERSIST_MINUTES).toMillis();

    /** The kinds of conflict. */
    public enum Conflict {
        TWO_PLACES,
        INVALID_MMSI,
        IDENTITY_CHANGED,
        AIS_VMS_APART
    }

    private final double jumpSpeedKnots;
    private final long windowMillis;
    private final int minJumps;
    private final double disagreementMetres;
    private final LongMap<Watch> watches = new LongMap<>();
    /** The watches whose conflict holds, so that the clock looks at these only. */
    private final Map<Long, Watch> holding = new HashMap<>();

    /** What the rule remembers of one vessel. */
    private static final class Watch {
        final ArrayDeque<PositionFix> jumps = new ArrayDeque<>();
        final Map<Conflict, Long> seenMillis = new EnumMap<>(Conflict.class);
        final Map<Conflict, String> what = new EnumMap<>(Conflict.class);
        String name;
        String callSign;
        /** The name and call sign as last reported (before {@link #normalised}). */
        String reportedName;
        String reportedCallSign;
        int imoNumber;
        PositionFix lastReported;
        PositionFix lastAis;
        PositionFix lastVms;
        long apartSinceMillis = Long.MIN_VALUE;
        long reportedMillis;
        int reportedConflicts;
    }

    public IdentityConflictRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.jumpSpeedKnots = definition.number("jumpSpeedKnots");
        this.windowMillis = definition.duration("window").toMillis();
        this.minJumps = (int) definition.number("minJumps");
        this.disagreementMetres = definition.number("disagreementNm")
                * GreatCircle.METRES_PER_NAUTICAL_MILE;
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        Watch watch = watches.get(vessel.vesselId());
        if (watch == null) {
            watch = new Watch();
            watches.put(vessel.vesselId(), watch);
        }
        long timeMillis = fix.timeMillis();
        boolean noted = twoPlaces(watch, vessel, fix);
        noted |= invalidMmsi(watch, vessel.snapshot(), fix);
        noted |= identityChanged(watch, vessel.snapshot(), timeMillis);
        noted |= aisVmsApart(watch, fix);
        if (noted && (watch.what.size() != watch.reportedConflicts || !holding.containsKey(vessel.vesselId())
                || timeMillis - watch.reportedMillis >= REFRESH_MILLIS)) {
            holding.put(vessel.vesselId(), watch);
            watch.reportedMillis = timeMillis;
            watch.reportedConflicts = watch.what.size();
            out.holds(reporter.holds(vessel.vesselId(), 0, definition.severity(), timeMillis,
                    fix.isPlausible() ? fix : vessel.lastFix(), String.join("; ", watch.what.values()), Map.of(),
                    evidence(watch, vessel, timeMillis)));
        }
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        for (Iterator<Map.Entry<Long, Watch>> it = holding.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Watch> entry = it.next();
            Watch watch = entry.getValue();
            long last = watch.seenMillis.values().stream().mapToLong(Long::longValue).max().orElse(nowMillis);
            watch.seenMillis.entrySet().removeIf(seen -> nowMillis - seen.getValue() >= windowMillis);
            watch.what.keySet().retainAll(watch.seenMillis.keySet());
            if (watch.seenMillis.isEmpty()) {
                it.remove();
                out.ended(reporter.key(entry.getKey()), last);
            }
        }
    }

    /**
     * Counts the jumps between consecutive reports (whatever the tracker made of them) faster than the
     * limit: a spoof going somewhere and coming back is two, however many reports it sends from there;
     * two transmitters sharing an MMSI make two every time their reports alternate.
     */
    private boolean twoPlaces(Watch watch, VesselState vessel, PositionFix fix) {
        if (!Double.isFinite(fix.latitude()) || !Double.isFinite(fix.longitude())) {
            return false;
        }
        PositionFix from = watch.lastReported;
        watch.lastReported = fix;
        if (from == null || !Jumps.atLeast(from, fix, jumpSpeedKnots)) {
            return false;
        }
        watch.jumps.addLast(fix);
        while (fix.timeMillis() - watch.jumps.peekFirst().timeMillis() > windowMillis) {
            watch.jumps.removeFirst();
        }
        if (watch.jumps.size() < minJumps) {
            return false;
        }
        double apartNm = GreatCircle.distanceMetres(from.latitude(), from.longitude(), fix.latitude(), fix.longitude())
                / GreatCircle.METRES_PER_NAUTICAL_MILE;
        return note(watch, Conflict.TWO_PLACES, fix.timeMillis(), "reported at two places " + Reporter.figure(apartNm)
                + " nm apart, " + watch.jumps.size() + " jumps within " + Reporter.hours(windowMillis) + " h");
    }

    private boolean invalidMmsi(Watch watch, VesselSnapshot snapshot, PositionFix fix) {
        int mmsi = snapshot.mmsi();
        if (fix.source() == FixSource.VMS || mmsi == 0 || validMmsi(mmsi)) {
            return false;
        }
        return note(watch, Conflict.INVALID_MMSI, fix.timeMillis(), "MMSI " + mmsi + " is not a valid MMSI");
    }

    /** Whether {@code mmsi} has the digits of an MMSI and, unless it is a 97x device, a MID the ITU assigned. */
    static boolean validMmsi(int mmsi) {
        if (mmsi >= 970_000_000 && mmsi < 980_000_000) {
            return true;
        }
        int mid = MaritimeIdentificationDigits.mid(mmsi);
        return mid >= 0 && MaritimeIdentificationDigits.country(mid) != null;
    }

    private boolean identityChanged(Watch watch, VesselSnapshot snapshot, long timeMillis) {
        if (Objects.equals(snapshot.name(), watch.reportedName) && Objects.equals(snapshot.callSign(), watch.reportedCallSign)
                && (snapshot.imoNumber() == 0 || snapshot.imoNumber() == watch.imoNumber)) {
            return false;       // as last time: nothing changes
        }
        watch.reportedName = snapshot.name();
        watch.reportedCallSign = snapshot.callSign();
        List<String> changes = new ArrayList<>(3);
        String name = normalised(snapshot.name());
        String callSign = normalised(snapshot.callSign());
        if (watch.name != null && name != null && !watch.name.equals(name)) {
            changes.add("name " + watch.name + " → " + name);
        }
        if (watch.callSign != null && callSign != null && !watch.callSign.equals(callSign)) {
            changes.add("call sign " + watch.callSign + " → " + callSign);
        }
        if (watch.imoNumber != 0 && snapshot.imoNumber() != 0 && watch.imoNumber != snapshot.imoNumber()) {
            changes.add("IMO " + watch.imoNumber + " → " + snapshot.imoNumber());
        }
        watch.name = name != null ? name : watch.name;
        watch.callSign = callSign != null ? callSign : watch.callSign;
        watch.imoNumber = snapshot.imoNumber() != 0 ? snapshot.imoNumber() : watch.imoNumber;
        return !changes.isEmpty() && note(watch, Conflict.IDENTITY_CHANGED, timeMillis, String.join(", ", changes));
    }

    private static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace('@', ' ').strip().toUpperCase(Locale.ROOT);
        return plain.isEmpty() ? null : plain;
    }

    private boolean aisVmsApart(Watch watch, PositionFix fix) {
        if (fix.plausibility() == Plausibility.NOT_AVAILABLE) {
            return false;
        }
        PositionFix other;
        if (fix.source() == FixSource.VMS) {
            other = watch.lastAis;
            watch.lastVms = fix;
        } else {
            other = watch.lastVms;
            watch.lastAis = fix;
        }
        if (other == null || Math.abs(fix.timeMillis() - other.timeMillis()) > COMPARE_MILLIS) {
            return false;
        }
        double metres = apartMetres(other, fix);
        if (metres <= disagreementMetres) {
            watch.apartSinceMillis = Long.MIN_VALUE;
            return false;
        }
        if (watch.apartSinceMillis == Long.MIN_VALUE) {
            watch.apartSinceMillis = fix.timeMillis();
        }
        if (fix.timeMillis() - watch.apartSinceMillis < PERSIST_MILLIS) {
            return false;
        }
        return note(watch, Conflict.AIS_VMS_APART, fix.timeMillis(), "AIS and VMS "
                + Reporter.figure(metres / GreatCircle.METRES_PER_NAUTICAL_MILE) + " nm apart");
    }

    /** Distance from {@code fix} to {@code other} dead-reckoned (course and speed) to the fix's time. */
    private static double apartMetres(PositionFix other, PositionFix fix) {
        double latitude = other.latitude();
        double longitude = other.longitude();
        double knots = other.speedKnots();
        if (knots > 0 && !Double.isNaN(other.courseDegrees())) {
            double metres = knots * GreatCircle.METRES_PER_NAUTICAL_MILE * (fix.timeMillis() - other.timeMillis()) / 3_600_000.0;
            double[] reckoned = Areas.destination(latitude, longitude, other.courseDegrees(), metres);
            latitude = reckoned[0];
            longitude = reckoned[1];
        }
        return GreatCircle.distanceMetres(latitude, longitude, fix.latitude(), fix.longitude());
    }

    private static boolean note(Watch watch, Conflict conflict, long timeMillis, String what) {
        watch.seenMillis.put(conflict, timeMillis);
        watch.what.put(conflict, what);
        return true;
    }

    private List<PositionFix> evidence(Watch watch, VesselState vessel, long timeMillis) {
        List<PositionFix> fixes = new ArrayList<>(Reporter.since(vessel.recentFixes(), timeMillis - windowMillis));
        fixes.addAll(watch.jumps);
        fixes.sort(Comparator.comparingLong(PositionFix::timeMillis));
        return fixes;
    }
}
