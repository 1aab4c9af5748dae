package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.Alert;
import io.coastwatch.engine.alert.lifecycle.AlertChange;
import io.coastwatch.engine.port.AlertRepository;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.store.Database;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records a person's step on an alert in the audit log, in the transaction of the alert store's write
 * (the store's alerts join {@code transactions}): entity {@code alert}, the action's path as the action
 * ({@code acknowledge}, {@code escalate}, {@code resolve}, {@code false-alarm}, {@code assign}), the alert before and after
 * (what it is about and its state) with the step's comment. Thread-safe.
 *
 * @param alerts the stored alerts, read for the alert before the step
 * @param transactions the store's unit of work
 * @param log the audit log
 */
public record AlertAudit(AlertRepository alerts, Transactions transactions, AuditLog log) {

    /** Over {@code database}'s alerts, transactions and audit log. */
    public static AlertAudit of(Database database) {
        return new AlertAudit(database.alerts(), database.transactions(), database.audit());
    }

    /**
     * Runs {@code step} (the book's transition or assignment of alert {@code id}) and appends its record as
     * {@code action}, in one transaction.
     */
    AlertChange step(long id, String action, Actor actor, String comment, Supplier<AlertChange> step) {
        return transactions.write(() -> {
            Alert before = alerts.find(id).orElse(null);
            AlertChange moved = step.get();
            log.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), action, "alert",
                    Long.toString(id), audited(before, null), audited(moved.alert(), comment)));
            return moved;
        });
    }

    private static Map<String, Object> audited(Alert alert, String comment) {
        if (alert == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("state", alert.state().slug());
        fields.put("ruleId", alert.ruleId());
        fields.put("ruleType", alert.ruleType().slug());
        fields.put("severity", alert.severity().name().toLowerCase(Locale.ROOT));
        fields.put("vesselId", alert.vesselId());
        fields.put("zoneId", alert.zoneId());
        if (alert.assignedUnitId() != null) {
            fields.put("assignedUnitId", alert.assignedUnitId());
        }
        if (comment != null) {
            fields.put("comment", comment);
        }
        return fields;
    }
}
