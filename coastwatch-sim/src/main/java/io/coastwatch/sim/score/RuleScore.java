package io.coastwatch.sim.score;

/**
 * How well one rule did on a run. Immutable.
 *
 * @param ruleId the rule's slug
 * @param events ground-truth events that must alert
 * @param detected those of them with at least one matching alert
 * @param lookAlikes ground-truth look-alikes that must not alert
 * @param alerts alerts of the rule
 * @param truePositives alerts matching an event that must alert
 * @param medianDelayMillis median, over detected events, of the first matching alert's delay from the
 *     event's start ({@code Long.MIN_VALUE} when none was detected)
 * @param maxDelayMillis largest such delay ({@code Long.MIN_VALUE} when none)
 */
public record RuleScore(String ruleId, int events, int detected, int lookAlikes, int alerts, int truePositives,
        long medianDelayMillis, long maxDelayMillis) {

    /** Detected events over events (1 when there is none to detect). */
    public double recall() {
        return events == 0 ? 1 : (double) detected / events;
    }

    /** Alerts matching an event over all alerts (1 when there is no alert). */
    public double precision() {
        return alerts == 0 ? 1 : (double) truePositives / alerts;
    }

    /** Alerts that match no event that must alert (look-alikes included). */
    public int falsePositives() {
        return alerts - truePositives;
    }
}
