package io.coastwatch.sim.score;

import io.coastwatch.sim.fleet.TruthEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a detection system's alerts against the simulator's ground truth, per rule (docs/rules.md,
 * "Detection quality"): recall, precision and delay from the moment the behaviour began.
 *
 * <p>An alert matches a ground-truth event when it is of the same rule, about the same vessel (same
 * MMSI, or same registration number; for a pair of vessels, the same two in either order), and raised
 * within [start, end + slack] of the event. An event that must alert is detected when some alert
 * matches it; its delay is its first matching alert's time minus its start. An alert that matches no
 * event that must alert is a false positive, whether it matches a look-alike or nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetectionScorer {
    private final long slackMillis;

    /** @param slackMillis how long after an event's end an alert still counts for it */
    public DetectionScorer(long slackMillis) {
        this.slackMillis = slackMillis;
    }

    /** The scores of every rule that has events or alerts, by rule slug. */
    public Map<String, RuleScore> score(List<TruthEvent> truth, List<ObservedAlert> alerts) {
        TreeSet<String> rules = new TreeSet<>();
        truth.forEach(event -> rules.add(event.ruleId()));
        alerts.forEach(alert -> rules.add(alert.ruleId()));
        Map<String, RuleScore> scores = new TreeMap<>();
        for (String rule : rules) {
            scores.put(rule, scoreRule(rule, truth, alerts));
        }
        return scores;
    }

    private RuleScore scoreRule(String rule, List<TruthEvent> truth, List<ObservedAlert> alerts) {
        List<TruthEvent> positives = new ArrayList<>();
        int lookAlikes = 0;
        for (TruthEvent event : truth) {
            if (event.ruleId().equals(rule)) {
                if (event.positive()) {
                    positives.add(event);
                } else {
                    lookAlikes++;
                }
            }
        }
        List<ObservedAlert> ruleAlerts = alerts.stream().filter(a -> a.ruleId().equals(rule)).toList();
        List<Long> delays = new ArrayList<>();
        for (TruthEvent event : positives) {
            long first = Long.MAX_VALUE;
            for (ObservedAlert alert : ruleAlerts) {
                if (matches(event, alert)) {
                    first = Math.min(first, alert.timeMillis());
                }
            }
            if (first != Long.MAX_VALUE) {
                delays.add(first - event.startMillis());
            }
        }
        int truePositives = 0;
        for (ObservedAlert alert : ruleAlerts) {
            if (positives.stream().anyMatch(event -> matches(event, alert))) {
                truePositives++;
            }
        }
        delays.sort(null);
        long median = delays.isEmpty() ? Long.MIN_VALUE : delays.get(delays.size() / 2);
        long max = delays.isEmpty() ? Long.MIN_VALUE : delays.get(delays.size() - 1);
        return new RuleScore(rule, positives.size(), delays.size(), lookAlikes, ruleAlerts.size(), truePositives,
                median, max);
    }

    /** Whether {@code alert} counts for {@code event}. */
    public boolean matches(TruthEvent event, ObservedAlert alert) {
        if (!event.ruleId().equals(alert.ruleId())) {
            return false;
        }
        if (alert.timeMillis() < event.startMillis() || alert.timeMillis() > event.endMillis() + slackMillis) {
            return false;
        }
        boolean sameVessel = sameVessel(event.mmsi(), event.registrationNumber(), alert.mmsi(),
                alert.registrationNumber());
        if (event.otherMmsi() == 0) {
            return sameVessel;
        }
        return (sameVessel && alert.otherMmsi() == event.otherMmsi())
                || (alert.mmsi() == event.otherMmsi() && alert.otherMmsi() == event.mmsi() && event.mmsi() != 0);
    }

    private static boolean sameVessel(int mmsi, String registrationNumber, int alertMmsi, String alertNumber) {
        return (mmsi != 0 && mmsi == alertMmsi)
                || (!registrationNumber.isEmpty() && key(registrationNumber).equals(key(alertNumber)));
    }

    /** A registration number without separators or case ({@code NT-90123-TS} = {@code NT 90123 TS}). */
    private static String key(String registrationNumber) {
        return registrationNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The scores as a text table, one line per rule (rules with no ground truth show only their alerts). */
    public static String table(Map<String, RuleScore> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %6s %8s %10s %6s %4s %7s %9s %11s %9s%n",
                "rule", "events", "detected", "look-alike", "alerts", "FP", "recall", "precision", "median delay",
                "max delay"));
        for (RuleScore s : scores.values()) {
            if (s.events() + s.lookAlikes() == 0) {
                out.append(String.format(Locale.ROOT, "%-22s %6d %8s %10d %6d %4s %7s %9s %12s %9s%n", s.ruleId(), 0,
                        "-", 0, s.alerts(), "-", "-", "-", "no truth", "-"));
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-22s %6d %8d %10d %6d %4d %7.2f %9.2f %12s %9s%n", s.ruleId(),
                    s.events(), s.detected(), s.lookAlikes(), s.alerts(), s.falsePositives(), s.recall(),
                    s.precision(), minutes(s.medianDelayMillis()), minutes(s.maxDelayMillis())));
        }
        return out.toString();
    }

    private static String minutes(long millis) {
        return millis == Long.MIN_VALUE ? "-" : String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
    }
}
