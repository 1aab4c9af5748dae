package io.coastwatch.engine.alert;

import java.util.Objects;

/**
 * What identifies one open alert: at most one alert is open per rule instance, vessel and zone; while
 * its condition lasts it is updated, not repeated.
 *
 * @param ruleId the rule instance ({@link io.coastwatch.engine.rule.RuleDefinition#id()})
 * @param vesselId the vessel (for an encounter, the smaller of the two vessel ids)
 * @param zoneId the zone concerned, or {@code ""} when the rule names none
 */
public record AlertKey(String ruleId, long vesselId, String zoneId) {
    public AlertKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(zoneId, "zoneId");
    }
}
