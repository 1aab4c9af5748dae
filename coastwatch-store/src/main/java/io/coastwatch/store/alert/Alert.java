package io.coastwatch.store.alert;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * One alert: what a rule detected about a vessel (or pair), kept as one row while its condition lasts
 * and until a person closes it. Immutable.
 *
 * @param id the store's identifier (0 before it is stored)
 * @param ruleId the rule instance that raised it
 * @param ruleType which rule of RULES.md
 * @param vesselId the vessel
 * @param otherVesselId the other vessel of an encounter or identity conflict, else 0
 * @param zoneId the zone concerned, or {@code ""}
 * @param severity the highest severity the condition reached
 * @param state where it is in its life cycle
 * @param firstMillis event time of the first detection, UNIX ms
 * @param lastMillis event time of the latest detection, UNIX ms
 * @param endedMillis event time the condition stopped holding, or {@link #NOT_ENDED}
 * @param latitude the latest position, degrees WGS-84 (NaN when unknown)
 * @param longitude the latest position, degrees WGS-84 (NaN when unknown)
 * @param summary the latest detection's English sentence
 * @param details the latest detection's figures by name
 * @param updates how many detections updated it after the first
 */
public record Alert(long id, String ruleId, RuleType ruleType, long vesselId, long otherVesselId, String zoneId,
        Severity severity, AlertState state, long firstMillis, long lastMillis, long endedMillis, double latitude,
        double longitude, String summary, Map<String, String> details, int updates) {

    /** {@link #endedMillis} of an alert whose condition still holds. */
    public static final long NOT_ENDED = Long.MIN_VALUE;

    public Alert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(summary, "summary");
        details = Map.copyOf(details);
    }

    /** The key that at most one open alert has (as {@link io.coastwatch.engine.alert.Detection#key()}). */
    public AlertKey key() {
        return new AlertKey(ruleId, otherVesselId == 0 ? vesselId : Math.min(vesselId, otherVesselId), zoneId);
    }

    /** Whether the condition has stopped holding. */
    public boolean ended() {
        return endedMillis != NOT_ENDED;
    }

    /** This alert with {@code newState}. */
    public Alert withState(AlertState newState) {
        return new Alert(id, ruleId, ruleType, vesselId, otherVesselId, zoneId, severity, newState, firstMillis,
                lastMillis, endedMillis, latitude, longitude, summary, details, updates);
    }

    /** This alert with the condition ended at {@code timeMillis}. */
    public Alert withEnded(long timeMillis) {
        return new Alert(id, ruleId, ruleType, vesselId, otherVesselId, zoneId, severity, state, firstMillis,
                lastMillis, timeMillis, latitude, longitude, summary, details, updates);
    }

    /** This alert with the id the store gave it. */
    Alert withId(long newId) {
        return new Alert(newId, ruleId, ruleType, vesselId, otherVesselId, zoneId, severity, state, firstMillis,
                lastMillis, endedMillis, latitude, longitude, summary, details, updates);
    }
}
