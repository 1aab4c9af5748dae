package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.ApiToken;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs each write to accounts, roles, tokens, sessions and security settings in one transaction with its
 * {@link AuditRecord} (entity {@code account}, {@code token} or {@code session}; what was written before
 * and after, never a password hash, a token or a second factor's secret), and writes the security log's
 * line. Thread-safe.
 */
final class AccountAudit {
    private final Transactions transactions;
    private final AuditLog log;

    AccountAudit(Transactions transactions, AuditLog log) {
        this.transactions = transactions;
        this.log = log;
    }

    /** Does {@code write} and appends what {@code actor} did, in one transaction; returns the write's result. */
    <T> T write(Actor actor, String action, String entity, String id, Object before, Object after, Supplier<T> write) {
        T result = transactions.write(() -> {
            T written = write.get();
            log.append(AuditRecord.of(actor, actor.homeUnitId().orElse(null), action, entity, id, before, after));
            return written;
        });
        SecurityLog.changed(actor.account(), entity + "-" + action, id);
        return result;
    }

    /** What the audit keeps of an account: no hash, no secret. */
    static Map<String, Object> of(Account account) {
        if (account == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", account.username());
        view.put("roles", roles(account.assignments()));
        view.put("enabled", account.enabled());
        view.put("personId", account.personId());
        view.put("secondFactor", account.totpSecret() != null);
        view.put("signOnIssuer", account.oidc() == null ? null : account.oidc().issuer());
        view.put("passwordChanged", Instant.ofEpochMilli(account.passwordChangedMillis()).toString());
        return view;
    }

    /** What the audit keeps of a token: its id, account, label and end, never the token or its hash. */
    static Map<String, Object> of(ApiToken token) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("username", token.username());
        view.put("label", token.label());
        view.put("expires", Instant.ofEpochMilli(token.expiresMillis()).toString());
        return view;
    }

    static List<Map<String, String>> roles(List<RoleAssignment> assignments) {
        return assignments.stream().map(a -> {
            Map<String, String> role = new LinkedHashMap<>();
            role.put("role", a.role().slug());
            if (a.unitId() != null) {
                role.put("unitId", a.unitId());
            }
            if (a.agencyId() != null) {
                role.put("agencyId", a.agencyId());
            }
            return role;
        }).toList();
    }
}
