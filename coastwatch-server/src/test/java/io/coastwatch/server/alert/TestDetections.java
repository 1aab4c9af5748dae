package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Detections as a rule reports them, for tests: a vessel entering a protected area off Ninh Thuận. */
public final class TestDetections {
    private TestDetections() {
    }

    /** A fix of {@code vesselId} at {@code timeMillis}, moving north-east from 11.60° N 109.20° E. */
    public static PositionFix fix(long vesselId, long timeMillis, int step) {
        return new PositionFix(vesselId, timeMillis, 11.60 + step * 0.001, 109.20 + step * 0.001, 6.5, 45, 45, 0,
                FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }

    /** The condition holds at step {@code step} (a minute apart), with the fixes up to it as evidence. */
    public static Detection raised(String ruleId, long vesselId, String zoneId, Severity severity, long startMillis,
            int step) {
        PositionFix last = fix(vesselId, startMillis + step * 60_000L, step);
        List<PositionFix> evidence = IntStream.rangeClosed(Math.max(0, step - 2), step)
                .mapToObj(i -> fix(vesselId, startMillis + i * 60_000L, i)).toList();
        return new Detection(Detection.Phase.RAISED, ruleId, RuleType.PROTECTED_AREA, vesselId, 0, zoneId, severity,
                last.timeMillis(), last.latitude(), last.longitude(), "inside " + zoneId + " for " + step + " min",
                Map.of("minutes", Figure.of(step, Unit.MINUTES), "since", Figure.instant(startMillis)), evidence);
    }

    /** The condition stopped at step {@code step}. */
    public static Detection ended(String ruleId, long vesselId, String zoneId, long startMillis, int step) {
        PositionFix last = fix(vesselId, startMillis + step * 60_000L, step);
        return new Detection(Detection.Phase.ENDED, ruleId, RuleType.PROTECTED_AREA, vesselId, 0, zoneId,
                Severity.INFO, last.timeMillis(), last.latitude(), last.longitude(), "left " + zoneId, Map.of(), List.of());
    }
}
