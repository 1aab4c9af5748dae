package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.port.AlertSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's {@link Detections}: passes a holding condition on to the {@link AlertSink} when it
 * starts, when its severity changes and at most every {@link #REPEAT_MILLIS} of event time while it
 * holds; passes {@link #ended} on once, for a condition that was holding, with the figures and
 * evidence of its last detection. Writer thread only.
 *
 * <p>While {@link #mute muted} (the warm-up after a restart, replaying what was already reported before
 * it) the conditions are followed but no RAISED detection is passed on; ENDED ones still are (the alert
 * service ignores the stale ones). {@link #unmute} passes on the last detection of each condition
 * holding then.
 */
final class ThrottledDetections implements Detections {
    /** Least event time between two detections of a condition that holds with the same severity: 5 min. */
    static final long REPEAT_MILLIS = 5 * 60_000;
    private static final System.Logger LOG = System.getLogger(ThrottledDetections.class.getName());

    private final AlertSink sink;
    private final Map<AlertKey, Holding> holding = new LinkedHashMap<>();
    private boolean muted;

    /** A condition that holds: its last detection, and the last one passed on. */
    private static final class Holding {
        Detection last;
        Detection passedOn;

        Holding(Detection detection) {
            this.last = detection;
            this.passedOn = detection;
        }
    }

    ThrottledDetections(AlertSink sink) {
        this.sink = sink;
    }

    @Override
    public void holds(Detection detection) {
        if (detection.phase() != Detection.Phase.RAISED) {
            throw new IllegalArgumentException("holds takes RAISED detections, not " + detection);
        }
        AlertKey key = detection.key();
        Holding condition = holding.get(key);
        if (condition == null) {
            holding.put(key, new Holding(detection));
            passRaised(detection);
            return;
        }
        condition.last = detection;
        if (muted) {
            condition.passedOn = detection;
        } else if (detection.severity() != condition.passedOn.severity()
                || detection.timeMillis() - condition.passedOn.timeMillis() >= REPEAT_MILLIS) {
            condition.passedOn = detection;
            pass(detection);
        }
    }

    @Override
    public boolean isHolding(AlertKey key) {
        return holding.containsKey(key);
    }

    @Override
    public void ended(AlertKey key, long timeMillis) {
        Holding condition = holding.remove(key);
        if (condition != null) {
            pass(endOf(condition.last, timeMillis));
        }
    }

    /** Ends every condition of rule instance {@code ruleId} (a rule removed or changed). */
    void endRule(String ruleId, long timeMillis) {
        List<AlertKey> keys = new ArrayList<>();
        for (AlertKey key : holding.keySet()) {
            if (key.ruleId().equals(ruleId)) {
                keys.add(key);
            }
        }
        keys.forEach(key -> ended(key, timeMillis));
    }

    /** Stops passing on RAISED detections (see the class comment). */
    void mute() {
        muted = true;
    }

    /** Passes on RAISED detections again, first the last one of each condition holding now. */
    void unmute() {
        muted = false;
        for (Holding condition : holding.values()) {
            condition.passedOn = condition.last;
            pass(condition.last);
        }
    }

    private void passRaised(Detection detection) {
        if (!muted) {
            pass(detection);
        }
    }

    /** How many conditions hold now. */
    int holdingCount() {
        return holding.size();
    }

    private static Detection endOf(Detection last, long timeMillis) {
        return new Detection(Detection.Phase.ENDED, last.ruleId(), last.ruleType(), last.vesselId(),
                last.otherVesselId(), last.zoneId(), last.severity(), Math.max(timeMillis, last.timeMillis()),
                last.latitude(), last.longitude(), last.summary(), last.figures(), last.evidence());
    }

    private void pass(Detection detection) {
        try {
            sink.accept(detection);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "alert sink failed on " + detection, e);
        }
    }
}
