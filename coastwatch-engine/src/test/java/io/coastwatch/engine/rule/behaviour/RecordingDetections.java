package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.rule.DeclaredFigures;
import io.coastwatch.engine.rule.Detections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Detections as the engine keeps them, without throttling: every call recorded, each raised one's
 * figures checked against its rule type's declaration.
 */
final class RecordingDetections implements Detections {
    /** What ended: the key and when. */
    record Ended(AlertKey key, long timeMillis) {
    }

    final List<Detection> raised = new ArrayList<>();
    final List<Ended> ended = new ArrayList<>();
    private final Set<AlertKey> holding = new HashSet<>();

    @Override
    public void holds(Detection detection) {
        if (detection.phase() != Detection.Phase.RAISED) {
            throw new IllegalArgumentException("holds with " + detection.phase());
        }
        DeclaredFigures.assertDeclared(detection.ruleType(), detection.figures());
        raised.add(detection);
        holding.add(detection.key());
    }

    @Override
    public boolean isHolding(AlertKey key) {
        return holding.contains(key);
    }

    @Override
    public void ended(AlertKey key, long timeMillis) {
        if (holding.remove(key)) {
            ended.add(new Ended(key, timeMillis));
        }
    }

    /** The first detection raised, or null. */
    Detection first() {
        return raised.isEmpty() ? null : raised.getFirst();
    }

    /** The last detection raised, or null. */
    Detection last() {
        return raised.isEmpty() ? null : raised.getLast();
    }
}
