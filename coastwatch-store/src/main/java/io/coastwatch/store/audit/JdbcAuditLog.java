package io.coastwatch.store.audit;

import io.coastwatch.operations.audit.AuditChain;
import io.coastwatch.operations.audit.AuditChain.AuditRecordText;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.Dialect;
import io.coastwatch.store.jdbc.StoreException;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@link AuditLog} in the {@code audit_log} table, chained to the one-row {@code audit_chain_head}.
 * An append reads the head (on PostgreSQL {@code FOR UPDATE}, so that concurrent appenders wait for each
 * other's commit and are chained in commit order; on SQLite the single writer already serialises them),
 * inserts the entry and moves the head, all in the caller's transaction. The table's triggers refuse
 * updates and deletes; tampering behind them is what {@link #verify} finds.
 *
 * <p>The store's own JDBC code that writes in a transaction of its own (not a bound
 * {@link JdbcTransactions#write use case transaction}) appends with {@link #append(Connection, AuditRecord)}.
 *
 * <p>Thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {

    /** Entries read per query while verifying or exporting. */
    static final int PAGE = 10_000;

    private static final String COLUMNS = "seq, time_ms, account, unit_id, action, entity, entity_id, before_json,"
            + " after_json, previous_hash, hash";

    private final JdbcTransactions transactions;
    private final Clock clock;
    private final String headForUpdate;

    public JdbcAuditLog(JdbcTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.headForUpdate = "SELECT seq, hash FROM audit_chain_head WHERE id = 1"
                + (transactions.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "");
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        Connection connection = transactions.current().orElseThrow(() -> new IllegalStateException(
                "an audit record is appended inside the transaction of the write it records (Transactions.write)"));
        try {
            return append(connection, record);
        } catch (SQLException e) {
            throw new StoreException("cannot append to the audit log: " + e.getMessage(), e);
        }
    }

    /**
     * Appends {@code record} in the transaction open on {@code connection} (auto-commit off): for store
     * code that writes in a transaction of its own, such as an alert change. Append last, just before the
     * commit: the chain head stays locked until then.
     */
    public AuditEntry append(Connection connection, AuditRecord record) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("the audit log is appended inside a transaction, not in auto-commit mode");
        }
        AuditRecordText text = new AuditRecordText(record.account(), record.unitId(), record.action(),
                record.entity(), record.entityId(), AuditJson.write(record.before()), AuditJson.write(record.after()));
        AuditChain.Head head = head(connection, headForUpdate);
        AuditEntry entry = AuditChain.next(head, Instant.ofEpochMilli(clock.millis()), text);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.seq());
            insert.setLong(2, entry.time().toEpochMilli());
            insert.setString(3, entry.account());
            Columns.setString(insert, 4, entry.unitId());
            insert.setString(5, entry.action());
            insert.setString(6, entry.entity());
            insert.setString(7, entry.entityId());
            Columns.setString(insert, 8, entry.beforeJson());
            Columns.setString(insert, 9, entry.afterJson());
            insert.setString(10, entry.previousHash());
            insert.setString(11, entry.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
            move.setLong(1, entry.seq());
            move.setString(2, entry.hash());
            move.executeUpdate();
        }
        return entry;
    }

    @Override
    public AuditChain.Head head() {
        return transactions.read(connection -> head(connection, "SELECT seq, hash FROM audit_chain_head WHERE id = 1"));
    }

    @Override
    public AuditChain.Verification verify() {
        AuditChain.Head recorded = head();
        return AuditChain.verify(new EntryPages(oldestFirst(AuditFilter.NONE)), recorded);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        AuditFilter filter = AuditFilter.of(query);
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_log"
                    + filter.where(query.beforeSeq() == null ? null : "seq < ?") + " ORDER BY seq DESC LIMIT ?")) {
                int next = filter.bind(select, 1);
                if (query.beforeSeq() != null) {
                    select.setLong(next++, query.beforeSeq());
                }
                select.setInt(next, query.limit());
                return entries(select);
            }
        });
    }

    @Override
    public void export(AuditQuery query, Consumer<AuditEntry> sink) {
        new EntryPages(oldestFirst(AuditFilter.of(query))).forEachRemaining(sink);
    }

    /** Pages of the entries that pass {@code filter}, in seq order. */
    private EntryPages.PageReader oldestFirst(AuditFilter filter) {
        String sql = "SELECT " + COLUMNS + " FROM audit_log" + filter.where("seq > ?") + " ORDER BY seq LIMIT ?";
        return (afterSeq, limit) -> transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int next = filter.bind(select, 1);
                select.setLong(next++, afterSeq);
                select.setInt(next, limit);
                return entries(select);
            }
        });
    }

    private static AuditChain.Head head(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit chain head is missing: the audit_chain_head row was removed");
            }
            return new AuditChain.Head(row.getLong(1), row.getString(2));
        }
    }

    private static List<AuditEntry> entries(PreparedStatement select) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new AuditEntry(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11)));
            }
        }
        return entries;
    }
}
