package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Detection.Phase#RAISED} detections rules pass to {@link Detections#holds}, so that
 * every rule fills them in the same way. Stateless.
 */
public final class Raised {
    /** Most positions of evidence a detection carries. */
    public static final int MAX_EVIDENCE = 200;

    private Raised() {
    }

    /**
     * A detection of {@code rule} about {@code vessel} at {@code timeMillis}, placed at the vessel's last
     * plausible fix (NaN when it has none), with its recent fixes since {@code evidenceFromMillis} as
     * evidence (at least the last one, at most {@link #MAX_EVIDENCE}).
     */
    public static Detection of(RuleDefinition rule, VesselState vessel, long otherVesselId, String zoneId,
            Severity severity, long timeMillis, String summary, Map<String, Figure> figures,
            long evidenceFromMillis) {
        PositionFix at = vessel.lastFix();
        return new Detection(Detection.Phase.RAISED, rule.id(), rule.type(), vessel.vesselId(), otherVesselId, zoneId,
                severity, timeMillis, at == null ? Double.NaN : at.latitude(), at == null ? Double.NaN : at.longitude(),
                summary, figures, evidence(vessel, evidenceFromMillis));
    }

    /** A detection of one vessel, no other vessel, the rule's own severity. */
    public static Detection of(RuleDefinition rule, VesselState vessel, String zoneId, long timeMillis, String summary,
            Map<String, Figure> figures, long evidenceFromMillis) {
        return of(rule, vessel, 0, zoneId, rule.severity(), timeMillis, summary, figures, evidenceFromMillis);
    }

    /** The vessel's recent fixes from {@code fromMillis} on (at least the last, at most {@link #MAX_EVIDENCE}). */
    public static List<PositionFix> evidence(VesselState vessel, long fromMillis) {
        List<PositionFix> recent = vessel.recentFixes();
        if (recent.isEmpty()) {
            return List.of();
        }
        int first = recent.size() - 1;
        while (first > 0 && recent.get(first - 1).timeMillis() >= fromMillis) {
            first--;
        }
        return List.copyOf(recent.subList(Math.max(first, recent.size() - MAX_EVIDENCE), recent.size()));
    }

    /** A number as the summaries write it: one decimal ({@code 3.8}). */
    public static String figure(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
