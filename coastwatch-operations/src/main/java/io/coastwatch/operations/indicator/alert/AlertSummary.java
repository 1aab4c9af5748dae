package io.coastwatch.operations.indicator.alert;

import io.coastwatch.operations.indicator.CountedRecord;

/** How an alert is listed in a drill-down. Stateless. */
final class AlertSummary {
    private AlertSummary() {
    }

    static CountedRecord of(AlertFact alert) {
        return new CountedRecord("alert", Long.toString(alert.id()), alert.detectedAt(),
                alert.ruleType() + " · " + alert.vesselId() + (alert.zoneId().isEmpty() ? "" : " · " + alert.zoneId())
                        + " · " + alert.state(), alert.position());
    }
}
