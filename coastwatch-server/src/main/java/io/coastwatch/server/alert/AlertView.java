package io.coastwatch.server.alert;

import java.util.Map;

/**
 * An alert as the API, the live feed and webhooks show it — a view, not the store's row: unknown values
 * are {@code null}, times ISO-8601 UTC, the rule type as its slug, severity and state as lower-case
 * codes ({@code critical}, {@code false-alarm}). The vessels it names ({@code vessel}, and
 * {@code otherVessel} for two) and its {@code zone} are nested objects with their ids and names as the
 * live picture and the zones in force know them now; {@code figures} are the detection's typed figures,
 * from which a client writes the finding in its user's language (the catalogue's {@code finding}
 * template). {@code assignedUnit} is the unit a person assigned it to ({@code null}: none).
 */
public record AlertView(
        long id,
        String ruleId,
        String ruleType,
        String severity,
        String state,
        String firstTime,
        String lastTime,
        String endedTime,
        Double latitude,
        Double longitude,
        Map<String, Measure> figures,
        int updates,
        boolean needsAction,
        Party vessel,
        Party otherVessel,
        Place zone,
        AssignedUnit assignedUnit) {

    /**
     * A vessel the alert names, as the live picture knows it now.
     *
     * @param id the vessel id, as text (it may exceed what JavaScript numbers hold exactly)
     */
    public record Party(String id, String name, Integer mmsi, String registrationNumber) {
    }

    /**
     * The unit of the organisation a person assigned the alert to.
     *
     * @param code its short code, or {@code null} when the organisation no longer knows the unit
     * @param name its name in Vietnamese and English, or {@code null} likewise
     */
    public record AssignedUnit(String id, String code, io.coastwatch.operations.common.Label name) {
    }

    /**
     * One figure of the alert.
     *
     * @param value a number in {@code unit}; for the unit {@code instant} an ISO-8601 instant as text
     * @param unit its unit's slug ({@code h}, {@code nm}, {@code instant} …)
     */
    public record Measure(Object value, String unit) {
    }

    /**
     * The zone the alert is about.
     *
     * @param kind its kind's kebab-case slug ({@code station-area}), the catalogue's id
     */
    public record Place(String id, String name, String kind) {
    }
}
