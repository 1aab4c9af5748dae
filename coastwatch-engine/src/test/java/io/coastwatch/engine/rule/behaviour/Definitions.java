package io.coastwatch.engine.rule.behaviour;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.rule.Rule;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleScope;
import java.util.HashMap;
import java.util.Map;

/** Rule definitions and event time for the tests. */
final class Definitions {
    /** 2025-06-01T00:00:00Z, the demo scenario's start. */
    static final long T0 = 1_748_736_000_000L;
    static final long MINUTE = 60_000;
    static final long HOUR = 60 * MINUTE;

    private Definitions() {
    }

    /** A WARNING definition of {@code type} with parameters given as name, value, name, value … */
    static RuleDefinition of(RuleType type, String... parameters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return new RuleDefinition(type.slug(), type, true, Severity.WARNING, map, RuleScope.EVERYTHING);
    }

    /** Calls {@code rule.onClock} every minute of (fromMillis, toMillis]. */
    static void tick(Rule rule, RecordingDetections out, long fromMillis, long toMillis) {
        for (long t = fromMillis + MINUTE; t <= toMillis; t += MINUTE) {
            rule.onClock(t, out);
        }
    }
}
