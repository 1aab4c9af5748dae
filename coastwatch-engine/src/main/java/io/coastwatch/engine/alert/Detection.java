package io.coastwatch.engine.alert;

import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule reports about one vessel (or pair of vessels) at one moment of event time. The engine
 * reports {@link Phase#RAISED} when the condition becomes true and again, at most every few minutes of
 * event time or when the severity changes, while it lasts; {@link Phase#ENDED} once when it stops
 * holding. The alert service keeps one open alert per {@link #key()}. Immutable.
 *
 * @param phase whether the condition holds or has just ended
 * @param ruleId the rule instance that detected it ({@link io.coastwatch.engine.rule.RuleDefinition#id()})
 * @param ruleType which rule of docs/rules.md it is
 * @param vesselId the vessel
 * @param otherVesselId the other vessel of an encounter or identity conflict, else 0
 * @param zoneId the zone concerned, or {@code ""}
 * @param severity how urgent it is now
 * @param timeMillis event time of the detection (the time of the fix or clock tick that made it)
 * @param latitude where, degrees WGS-84 (NaN when unknown, e.g. a vessel gone dark: its last position
 *     is given instead when known)
 * @param longitude where, degrees WGS-84
 * @param summary one English sentence with the figures, for logs and webhooks ("3.8 nm from the
 *     national limit"); the console writes its own in the user's language from the rule type's
 *     finding and {@link #figures}
 * @param figures what the rule measured, by name ({@code distanceNm → 3.8 nm}): exactly the figures
 *     its rule type declares ({@link io.coastwatch.engine.rule.RuleTypeSpec#figures()}) that apply
 * @param evidence the positions that made it fire, oldest first (bounded; at most a few hundred)
 */
public record Detection(Phase phase, String ruleId, RuleType ruleType, long vesselId, long otherVesselId,
        String zoneId, Severity severity, long timeMillis, double latitude, double longitude, String summary,
        Map<String, Figure> figures, List<PositionFix> evidence) {

    /** Whether the condition holds or has ended. */
    public enum Phase {
        RAISED,
        ENDED
    }

    public Detection {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        figures = Map.copyOf(figures);
        evidence = List.copyOf(evidence);
    }

    /** The open alert this detection belongs to. */
    public AlertKey key() {
        return new AlertKey(ruleId, otherVesselId == 0 ? vesselId : Math.min(vesselId, otherVesselId), zoneId);
    }
}
