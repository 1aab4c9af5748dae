package io.coastwatch.server.alert;

import java.util.Map;

/**
 * An alert as the API, the live feed and webhooks show it: unknown values are {@code null}, times
 * ISO-8601 UTC, the rule type as its slug, severity and state as lower-case codes
 * ({@code critical}, {@code false_alarm}).
 */
public record AlertView(
        long id,
        String ruleId,
        String ruleType,
        String severity,
        String state,
        long vesselId,
        Integer mmsi,
        String vesselName,
        String registrationNumber,
        Long otherVesselId,
        String zoneId,
        String firstTime,
        String lastTime,
        String endedTime,
        Double latitude,
        Double longitude,
        String summary,
        Map<String, String> details,
        int updates) {
}
