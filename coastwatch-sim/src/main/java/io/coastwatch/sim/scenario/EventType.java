package io.coastwatch.sim.scenario;

import java.time.Duration;

/**
 * The scripted events: one or more per rule of docs/rules.md, and look-alikes that must not alert.
 * {@link #ruleId()} names the rule in the ground truth; {@link #positive()} says whether it
 * must alert.
 */
public enum EventType {
    BOUNDARY_APPROACH("boundary-approach", "boundary approach", true, Duration.ofHours(2), Duration.ZERO),
    BOUNDARY_CROSSING("boundary-crossed", "boundary crossed", true, Duration.ofHours(2), Duration.ZERO),
    DARK_AT_SEA("dark-vessel", "dark vessel (AIS)", true, Duration.ofHours(8), Duration.ofHours(6)),
    VMS_LOSS("vms-loss", "VMS loss", true, Duration.ofHours(8), Duration.ofHours(6)),
    ENCOUNTER("encounter", "encounter (rendezvous)", true, Duration.ofHours(3), Duration.ofHours(2)),
    LOITERING("loitering", "loitering", true, Duration.ofHours(3), Duration.ofHours(2)),
    WRONG_ZONE("fishing-wrong-zone", "fishing in wrong zone", true, Duration.ofHours(2), Duration.ofMinutes(20)),
    PROTECTED_AREA("protected-area", "protected / restricted area", true, Duration.ofHours(1), Duration.ZERO),
    POSITION_JUMP("position-jump", "position jump (spoofing)", true, Duration.ofMinutes(2), Duration.ZERO),
    IDENTITY_CONFLICT("identity-conflict", "identity conflict", true, Duration.ofHours(1), Duration.ZERO),
    NO_DEPARTURE_RECORD("no-departure-record", "no departure record", true, Duration.ofHours(6), Duration.ofHours(2)),
    OVERDUE_RETURN("overdue-return", "overdue return", true, Duration.ofHours(16), Duration.ofHours(12)),
    FOREIGN_FISHING("foreign-vessel", "foreign vessel", true, Duration.ofHours(3), Duration.ZERO),
    /** A Vietnamese fishing-type vessel at sea that the registry does not know. */
    UNREGISTERED("unregistered", "unregistered / unlicensed", true, Duration.ofHours(6), Duration.ZERO),
    /** Look-alike of a dark vessel: a boat moored in port with its AIS off. */
    MOORED_AIS_OFF("dark-vessel", "dark vessel (AIS)", false, Duration.ofHours(8), Duration.ofHours(6)),
    /** Look-alike of an encounter: two boats moored side by side in harbour. */
    SIDE_BY_SIDE_IN_HARBOUR("encounter", "encounter (rendezvous)", false, Duration.ofHours(4), Duration.ofHours(2)),
    /** Look-alike of a foreign vessel: a foreign cargo ship passing through the territorial sea on the lane. */
    LANE_TRANSIT_TERRITORIAL_SEA("foreign-vessel", "foreign vessel", false, Duration.ofHours(6), Duration.ZERO);

    private final String ruleId;
    private final String ruleName;
    private final boolean positive;
    private final Duration defaultDuration;
    private final Duration alertDelay;

    EventType(String ruleId, String ruleName, boolean positive, Duration defaultDuration, Duration alertDelay) {
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.positive = positive;
        this.defaultDuration = defaultDuration;
        this.alertDelay = alertDelay;
    }

    /** The rule's name as docs/rules.md writes it. */
    public String ruleName() {
        return ruleName;
    }

    /**
     * How long after the behaviour starts the rule, at its default thresholds, should fire (the
     * dwell time of docs/rules.md: 6 h for a dark vessel, 2 h for an encounter …; zero for instant rules).
     */
    public Duration alertDelay() {
        return alertDelay;
    }

    /** The rule, as a slug of its name in docs/rules.md ("dark vessel (AIS)" → {@code dark-vessel}). */
    public String ruleId() {
        return ruleId;
    }

    /** True when the event must raise an alert of its rule, false for a look-alike that must not. */
    public boolean positive() {
        return positive;
    }

    public Duration defaultDuration() {
        return defaultDuration;
    }
}
