package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.Figures;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.geo.GreatCircle;
import io.coastwatch.engine.rule.Detections;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEnvironment;
import io.coastwatch.engine.rule.VesselState;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Encounter (rendezvous): two vessels within {@code radiusMetres} (500 m) of each other for
 * {@code duration} (2 h), both slower than {@code maxSpeedKnots} (2 kn), farther than
 * {@code portDistanceKm} (10 km) from any port or anchorage (GFW encounters). Encounters less than
 * {@code mergeGap} (4 h) apart are one: the alert stays open through a separation shorter than that
 * and ends (at the last time they were together) once they have been apart for {@code mergeGap}.
 * Skylight's stricter "standard rendezvous" is the same rule with {@code radiusMetres: 250},
 * {@code duration: 30m}.
 *
 * <p>The alert is keyed by the smaller vessel id and names the other as {@code otherVesselId}.
 *
 * <p>The pair is judged on the two vessels' own times, not on the event clock: when one vessel's reports
 * arrive late (a slow VMS or satellite feed, a receiver that forwards in batches) by up to {@code lateness}
 * (2 h), each late fix is set against the partner's fix nearest to it in time (from its recent fixes), and
 * pairs and positions are kept that much longer before the clock lets them go.
 *
 * <p>Cost: each vessel's latest slow position offshore is kept in a {@link ProximityGrid} of cells
 * about the radius on a side, and each fix looks only at the 3×3 cells around it, so the cost per
 * fix stays flat however many vessels there are (EncounterBenchmark). Two positions count as together
 * when they are at most {@value #STALE_MINUTES} minutes apart in time (class B reports every 3 minutes
 * when slow). Writer thread only.
 */
public final class EncounterRule extends BehaviourRule {
    private static final long STALE_MINUTES = 30;
    private static final long STALE_MILLIS = Duration.ofMinutes(STALE_MINUTES).toMillis();

    private final double radiusMetres;
    private final long durationMillis;
    private final double maxSpeedKnots;
    private final double portDistanceMetres;
    private final long mergeGapMillis;
    private final long latenessMillis;
    private final ProximityGrid<VesselState> grid;
    private final Map<PairKey, Pair> pairs = new HashMap<>();
    private long nextSweepMillis = Long.MIN_VALUE;

    /** Two vessels, the smaller id first. */
    private record PairKey(long first, long second) {
    }

    /** Two vessels seen together. */
    private static final class Pair {
        final VesselState first;
        final VesselState second;
        final long startMillis;
        long lastTogetherMillis;
        long reportedMillis;
        boolean raised;

        Pair(VesselState first, VesselState second, long startMillis) {
            this.first = first;
            this.second = second;
            this.startMillis = startMillis;
            this.lastTogetherMillis = startMillis;
        }
    }

    public EncounterRule(RuleDefinition definition, RuleEnvironment environment) {
        super(definition, environment);
        this.radiusMetres = definition.number("radiusMetres");
        this.durationMillis = definition.duration("duration").toMillis();
        this.maxSpeedKnots = definition.number("maxSpeedKnots");
        this.portDistanceMetres = definition.number("portDistanceKm") * 1000;
        this.mergeGapMillis = definition.duration("mergeGap").toMillis();
        this.latenessMillis = definition.duration("lateness").toMillis();
        this.grid = new ProximityGrid<>(radiusMetres);
    }

    @Override
    public void onFix(VesselState vessel, PositionFix fix, Detections out) {
        if (!fix.isPlausible()) {
            return;
        }
        long vesselId = vessel.vesselId();
        if (!(fix.speedKnots() < maxSpeedKnots) || vessel.nearPort(portDistanceMetres)) {
            grid.remove(vesselId);
            return;
        }
        grid.put(vesselId, fix.latitude(), fix.longitude(), fix.timeMillis(), vessel);
        grid.forEachNear(fix.latitude(), fix.longitude(), near -> {    // a partner far behind: its late fixes will come
            if (near.id == vesselId) {
                return;
            }
            long partnerAheadMillis = near.timeMillis - fix.timeMillis();
            if (Math.abs(partnerAheadMillis) <= STALE_MILLIS) {
                together(vessel, near.value, near.latitude, near.longitude, fix, out);
            } else if (partnerAheadMillis <= STALE_MILLIS + latenessMillis) {
                PositionFix then = nearestInTime(near.value.recentFixes(), fix.timeMillis());  // this fix came late
                if (then != null && Math.abs(then.timeMillis() - fix.timeMillis()) <= STALE_MILLIS
                        && then.speedKnots() < maxSpeedKnots
                        && GreatCircle.distanceMetres(fix.latitude(), fix.longitude(), then.latitude(),
                                then.longitude()) <= radiusMetres) {
                    together(vessel, near.value, then.latitude(), then.longitude(), fix, out);
                }
            }
        });
    }

    /** The fix of {@code fixes} (in time order) nearest in time to {@code timeMillis}, or {@code null}. */
    private static PositionFix nearestInTime(List<PositionFix> fixes, long timeMillis) {
        int low = 0;
        int high = fixes.size() - 1;
        while (low < high) {                 // the first fix at or after timeMillis, or the last
            int middle = (low + high) >>> 1;
            if (fixes.get(middle).timeMillis() < timeMillis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (fixes.isEmpty()) {
            return null;
        }
        PositionFix after = fixes.get(low);
        PositionFix before = low > 0 ? fixes.get(low - 1) : after;
        return timeMillis - before.timeMillis() <= after.timeMillis() - timeMillis ? before : after;
    }

    private void together(VesselState vessel, VesselState other, double otherLatitude, double otherLongitude,
            PositionFix fix, Detections out) {
        boolean vesselFirst = vessel.vesselId() < other.vesselId();
        PairKey key = vesselFirst ? new PairKey(vessel.vesselId(), other.vesselId())
                : new PairKey(other.vesselId(), vessel.vesselId());
        long timeMillis = fix.timeMillis();
        Pair pair = pairs.get(key);
        if (pair == null || (!pair.raised && timeMillis - pair.lastTogetherMillis > STALE_MILLIS)) {
            pair = vesselFirst ? new Pair(vessel, other, timeMillis) : new Pair(other, vessel, timeMillis);
            pairs.put(key, pair);
        }
        pair.lastTogetherMillis = Math.max(pair.lastTogetherMillis, timeMillis);
        long togetherMillis = timeMillis - pair.startMillis;
        if (togetherMillis < durationMillis || (pair.raised && timeMillis - pair.reportedMillis < REFRESH_MILLIS)) {
            return;
        }
        pair.raised = true;
        pair.reportedMillis = timeMillis;
        double metres = GreatCircle.distanceMetres(fix.latitude(), fix.longitude(), otherLatitude, otherLongitude);
        String hours = Reporter.hours(togetherMillis);
        String apart = Long.toString(Math.round(metres));
        out.holds(reporter.holds(key.first(), key.second(), definition.severity(), timeMillis, fix,
                "vessels " + key.first() + " and " + key.second() + " " + apart + " m apart for " + hours
                        + " h, both slower than " + Reporter.figure(maxSpeedKnots) + " kn, offshore",
                new Figures().with("distanceMetres", metres, Unit.METRES).hours("hoursTogether", togetherMillis).toMap(),
                evidence(pair)));
    }

    /** Both vessels' fixes since they met, oldest first (the two tracks merged, each in time order). */
    private static List<PositionFix> evidence(Pair pair) {
        List<PositionFix> first = Reporter.since(pair.first.recentFixes(), pair.startMillis);
        List<PositionFix> second = Reporter.since(pair.second.recentFixes(), pair.startMillis);
        List<PositionFix> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            boolean takeFirst = j == second.size()
                    || (i < first.size() && first.get(i).timeMillis() <= second.get(j).timeMillis());
            merged.add(takeFirst ? first.get(i++) : second.get(j++));
        }
        return merged;
    }

    @Override
    public void onClock(long nowMillis, Detections out) {
        for (Iterator<Map.Entry<PairKey, Pair>> it = pairs.entrySet().iterator(); it.hasNext();) {
            Map.Entry<PairKey, Pair> entry = it.next();
            Pair pair = entry.getValue();
            long apartMillis = nowMillis - pair.lastTogetherMillis;
            if (pair.raised && apartMillis >= Math.max(mergeGapMillis, STALE_MILLIS + latenessMillis)) {
                out.ended(reporter.key(entry.getKey().first()), pair.lastTogetherMillis);
                it.remove();
            } else if (!pair.raised && apartMillis > STALE_MILLIS + latenessMillis) {
                it.remove();
            }
        }
        if (nowMillis >= nextSweepMillis) {
            nextSweepMillis = nowMillis + STALE_MILLIS;
            grid.removeOlderThan(nowMillis - STALE_MILLIS - latenessMillis);
        }
    }
}
