package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the detections of one rule instance: its id, type and base severity on every one. Immutable.
 */
final class Reporter {
    private final RuleDefinition definition;

    Reporter(RuleDefinition definition) {
        this.definition = definition;
    }

    /** The key of this rule's alert about {@code vesselId}, with no zone. */
    AlertKey key(long vesselId) {
        return new AlertKey(definition.id(), vesselId, "");
    }

    /** The definition's severity raised by {@code steps} levels, at most {@link Severity#CRITICAL}. */
    Severity severity(int steps) {
        Severity[] levels = Severity.values();
        return levels[Math.min(levels.length - 1, definition.severity().ordinal() + steps)];
    }

    /**
     * A detection that holds at {@code timeMillis}, placed at {@code where} (its position, or NaN when
     * {@code where} is null or has none).
     */
    Detection holds(long vesselId, long otherVesselId, Severity severity, long timeMillis, PositionFix where,
            String summary, Map<String, Figure> figures, List<PositionFix> evidence) {
        double latitude = where == null ? Double.NaN : where.latitude();
        double longitude = where == null ? Double.NaN : where.longitude();
        return new Detection(Detection.Phase.RAISED, definition.id(), definition.type(), vesselId, otherVesselId, "",
                severity, timeMillis, latitude, longitude, summary, figures, evidence);
    }

    /** A number with one decimal, as the summaries write it ({@code 3.8}). */
    static String figure(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A duration in hours with one decimal. */
    static String hours(long millis) {
        return figure(millis / 3_600_000.0);
    }

    /** The fixes of {@code fixes} at or after {@code fromMillis}, oldest first. */
    static List<PositionFix> since(List<PositionFix> fixes, long fromMillis) {
        return fixes.stream().filter(fix -> fix.timeMillis() >= fromMillis).toList();
    }
}
