package io.coastwatch.server.alert;

import java.util.Map;

/**
 * An alert as the API, the live feed and webhooks show it: unknown values are {@code null}, times
 * ISO-8601 UTC, the rule type as its slug, severity and state as lower-case codes
 * ({@code critical}, {@code false_alarm}). {@code needsAction}, {@code vessel}, {@code otherVessel} and
 * {@code zone} are the form the console's catalogue contract names; the flat {@code vesselId},
 * {@code mmsi}, {@code vesselName}, {@code registrationNumber}, {@code otherVesselId} and {@code zoneId}
 * stay until the console reads the new ones.
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
        int updates,
        boolean needsAction,
        Party vessel,
        Party otherVessel,
        Place zone) {

    /**
     * A vessel the alert names, as the live picture knows it now.
     *
     * @param id the vessel id, as text (it may exceed what JavaScript numbers hold exactly)
     */
    public record Party(String id, String name, Integer mmsi, String registrationNumber) {
    }

    /**
     * The zone the alert is about.
     *
     * @param kind its kind's kebab-case slug ({@code station-area}), the catalogue's id
     */
    public record Place(String id, String name, String kind) {
    }
}
