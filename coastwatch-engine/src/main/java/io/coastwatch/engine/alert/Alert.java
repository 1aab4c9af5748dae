package io.coastwatch.engine.alert;

import java.util.Map;
import java.util.Objects;

/**
 * One alert: what a rule detected about a vessel (or pair), kept as one alert while its condition lasts
 * and until a person closes it (its life cycle is the
 * {@link io.coastwatch.engine.alert.lifecycle.AlertBook}'s). Immutable; made with
 * {@link #raisedBy} or {@link #builder()}, changed with the {@code with…} methods.
 *
 * @param id the store's identifier (0 before it is stored)
 * @param ruleId the rule instance that raised it
 * @param ruleType which rule of {@code docs/rules.md}
 * @param vesselId the vessel
 * @param otherVesselId the other vessel of an encounter or identity conflict, else 0
 * @param zoneId the zone concerned, or {@code ""}
 * @param severity the highest severity the condition reached
 * @param state where it is in its life cycle
 * @param firstMillis event time of the first detection, UNIX ms
 * @param lastMillis event time of the latest detection, UNIX ms
 * @param endedMillis event time the condition stopped holding, or {@link #NOT_ENDED}
 * @param latitude the latest position, degrees WGS-84 (NaN when unknown)
 * @param longitude the latest position, degrees WGS-84 (NaN when unknown)
 * @param summary the latest detection's English sentence
 * @param figures the latest detection's figures by name
 * @param updates how many detections updated it after the first
 * @param assignedUnitId the unit of the organisation a person assigned it to, or {@code null}
 */
public record Alert(long id, String ruleId, RuleType ruleType, long vesselId, long otherVesselId, String zoneId,
        Severity severity, AlertState state, long firstMillis, long lastMillis, long endedMillis, double latitude,
        double longitude, String summary, Map<String, Figure> figures, int updates, String assignedUnitId) {

    /** {@link #endedMillis} of an alert whose condition still holds. */
    public static final long NOT_ENDED = Long.MIN_VALUE;

    public Alert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(summary, "summary");
        figures = Map.copyOf(figures);
    }

    /** A new alert (not stored yet, state new) from the first detection of its condition. */
    public static Alert raisedBy(Detection detection) {
        return builder().ruleId(detection.ruleId()).ruleType(detection.ruleType()).vesselId(detection.vesselId())
                .otherVesselId(detection.otherVesselId()).zoneId(detection.zoneId()).severity(detection.severity())
                .firstMillis(detection.timeMillis()).lastMillis(detection.timeMillis())
                .position(detection.latitude(), detection.longitude())
                .summary(detection.summary()).figures(detection.figures()).build();
    }

    /** A builder with no id, state new, not ended, no position, no summary, no figures, no updates. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key that at most one open alert has (as {@link Detection#key()}). */
    public AlertKey key() {
        return new AlertKey(ruleId, otherVesselId == 0 ? vesselId : Math.min(vesselId, otherVesselId), zoneId);
    }

    /** Whether the condition has stopped holding. */
    public boolean ended() {
        return endedMillis != NOT_ENDED;
    }

    /** A builder holding this alert's values. */
    public Builder toBuilder() {
        return new Builder().id(id).ruleId(ruleId).ruleType(ruleType).vesselId(vesselId).otherVesselId(otherVesselId)
                .zoneId(zoneId).severity(severity).state(state).firstMillis(firstMillis).lastMillis(lastMillis)
                .endedMillis(endedMillis).position(latitude, longitude).summary(summary).figures(figures)
                .updates(updates).assignedUnitId(assignedUnitId);
    }

    /** This alert with {@code newState}. */
    public Alert withState(AlertState newState) {
        return toBuilder().state(newState).build();
    }

    /** This alert with the condition ended at {@code timeMillis}. */
    public Alert withEnded(long timeMillis) {
        return toBuilder().endedMillis(timeMillis).build();
    }

    /** This alert assigned to unit {@code unitId}. */
    public Alert withAssignedUnit(String unitId) {
        return toBuilder().assignedUnitId(Objects.requireNonNull(unitId, "unitId")).build();
    }

    /** This alert with the id the store gave it. */
    public Alert withId(long newId) {
        return toBuilder().id(newId).build();
    }

    /**
     * This alert updated by a later detection of its condition: the severity raised to the highest seen,
     * holding again (not ended), one more update; the last time, position, summary and figures are the
     * detection's when it is the newest (a detection older than the last one only counts).
     */
    public Alert withDetection(Detection detection) {
        boolean newest = detection.timeMillis() >= lastMillis;
        Builder next = toBuilder().severity(Severity.higher(severity, detection.severity()))
                .lastMillis(Math.max(lastMillis, detection.timeMillis())).endedMillis(NOT_ENDED).updates(updates + 1);
        if (newest) {
            next.summary(detection.summary()).figures(detection.figures());
            if (Double.isFinite(detection.latitude()) && Double.isFinite(detection.longitude())) {
                next.position(detection.latitude(), detection.longitude());
            }
        }
        return next.build();
    }

    /** Builds an {@link Alert} by naming its values; not thread-safe. */
    public static final class Builder {
        private long id;
        private String ruleId;
        private RuleType ruleType;
        private long vesselId;
        private long otherVesselId;
        private String zoneId = "";
        private Severity severity;
        private AlertState state = AlertState.NEW;
        private long firstMillis;
        private long lastMillis;
        private long endedMillis = NOT_ENDED;
        private double latitude = Double.NaN;
        private double longitude = Double.NaN;
        private String summary = "";
        private Map<String, Figure> figures = Map.of();
        private int updates;
        private String assignedUnitId;

        private Builder() {
        }

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder ruleId(String value) {
            this.ruleId = value;
            return this;
        }

        public Builder ruleType(RuleType value) {
            this.ruleType = value;
            return this;
        }

        public Builder vesselId(long value) {
            this.vesselId = value;
            return this;
        }

        public Builder otherVesselId(long value) {
            this.otherVesselId = value;
            return this;
        }

        public Builder zoneId(String value) {
            this.zoneId = value;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder state(AlertState value) {
            this.state = value;
            return this;
        }

        public Builder firstMillis(long value) {
            this.firstMillis = value;
            return this;
        }

        public Builder lastMillis(long value) {
            this.lastMillis = value;
            return this;
        }

        public Builder endedMillis(long value) {
            this.endedMillis = value;
            return this;
        }

        /** Latitude and longitude, degrees WGS-84 (NaN when unknown). */
        public Builder position(double latitudeDegrees, double longitudeDegrees) {
            this.latitude = latitudeDegrees;
            this.longitude = longitudeDegrees;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder figures(Map<String, Figure> value) {
            this.figures = value;
            return this;
        }

        public Builder updates(int value) {
            this.updates = value;
            return this;
        }

        /** The unit it is assigned to, or {@code null}. */
        public Builder assignedUnitId(String value) {
            this.assignedUnitId = value;
            return this;
        }

        /** @throws NullPointerException when the rule id, rule type or severity is missing */
        public Alert build() {
            return new Alert(id, ruleId, ruleType, vesselId, otherVesselId, zoneId, severity, state, firstMillis,
                    lastMillis, endedMillis, latitude, longitude, summary, figures, updates, assignedUnitId);
        }
    }
}
