package io.coastwatch.sim.fleet;

/**
 * One line of the ground truth: a scripted behaviour, which rule it must (or, for a look-alike,
 * must not) raise, on which vessel, when. Immutable.
 *
 * @param ruleId slug of the rule's name in docs/rules.md ({@code dark-vessel})
 * @param ruleName the rule's name in docs/rules.md ({@code dark vessel (AIS)})
 * @param positive true: the rule must alert; false: a look-alike that must not
 * @param mmsi the vessel's MMSI (0 when it has no AIS)
 * @param registrationNumber its fisheries registration number, or "" when it has none
 * @param otherMmsi the other vessel of an encounter, else 0
 * @param startMillis when the behaviour began (UNIX ms)
 * @param endMillis when it ended (or the end of the run)
 * @param alertDueMillis start plus the rule's default dwell time: when an alert is first due
 * @param zoneId the zone concerned, or "" when none
 * @param note what happens, in words
 */
public record TruthEvent(String ruleId, String ruleName, boolean positive, int mmsi, String registrationNumber,
        int otherMmsi, long startMillis, long endMillis, long alertDueMillis, String zoneId, String note) {
}
