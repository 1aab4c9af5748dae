package io.coastwatch.sim.score;

/**
 * One alert a detection system raised, as the scorer compares it with the ground truth. Immutable.
 *
 * @param ruleId the rule's slug ({@code dark-vessel}), as in {@link io.coastwatch.sim.fleet.TruthEvent#ruleId()}
 * @param mmsi the vessel's MMSI, or 0 when it has none
 * @param registrationNumber its registration number, or "" when none is known
 * @param otherMmsi the other vessel of an encounter, or 0
 * @param timeMillis when the alert was raised (event time, UNIX ms)
 */
public record ObservedAlert(String ruleId, int mmsi, String registrationNumber, int otherMmsi, long timeMillis) {

    public ObservedAlert {
        registrationNumber = registrationNumber == null ? "" : registrationNumber;
    }
}
