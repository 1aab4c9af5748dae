package io.coastwatch.store.cases;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.cases.CaseEntry;
import io.coastwatch.operations.cases.CaseEvent;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseQuery;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.cases.CaseState;
import io.coastwatch.operations.cases.CaseSummary;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link CaseRepository} on {@code cases}, {@code case_entries}, {@code case_links} and
 * {@code case_sequences} ({@code V50__cases.sql}). A case is read by replaying its entries; searches
 * and counts read the summaries, filtered in SQL on indexed columns. Joins the caller's transaction
 * ({@link JdbcTransactions}). Thread-safe.
 */
public final class JdbcCaseRepository implements CaseRepository {

    private static final String SUMMARY_COLUMNS = "id, number, kind_id, severity, state, title, unit_id, lead_person_id,"
            + " occurred_ms, latitude, longitude, zone_id, opened_ms, updated_ms, persons, vessels";

    private final JdbcTransactions transactions;
    private final CaseEventJson json = new CaseEventJson();

    public JdbcCaseRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IncidentCase> find(String id) {
        List<CaseEntry> timeline = timeline(id);
        return timeline.isEmpty() ? Optional.empty() : Optional.of(IncidentCase.replay(timeline));
    }

    @Override
    public List<CaseEntry> timeline(String id) {
        return transactions.read(connection -> {
            List<CaseEntry> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT sequence, at_ms, account, event, payload"
                    + " FROM case_entries WHERE case_id = ? ORDER BY sequence")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new CaseEntry(id, rows.getInt(1), Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), json.read(rows.getString(4), rows.getString(5))));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public void append(CaseEntry entry, IncidentCase after) {
        transactions.write(Durability.DURABLE, connection -> {
            saveSummary(connection, entry, after);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_entries"
                    + " (case_id, sequence, at_ms, account, event, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.caseId());
                insert.setInt(2, entry.sequence());
                insert.setLong(3, entry.at().toEpochMilli());
                insert.setString(4, entry.account());
                insert.setString(5, CaseEventJson.type(entry.event()));
                insert.setString(6, json.write(entry.event()));
                insert.executeUpdate();
            }
            SourceRef linked = switch (entry.event()) {
                case CaseEvent.Opened opened -> opened.source();
                case CaseEvent.Linked link -> link.source();
                default -> null;
            };
            if (linked != null) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_links"
                        + " (source_type, source_id, case_id, linked_ms) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, linked.type());
                    insert.setString(2, linked.id());
                    insert.setString(3, entry.caseId());
                    insert.setLong(4, entry.at().toEpochMilli());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Inserts the summary with the first entry; updates it with the others, if it is still at the entry before. */
    private static void saveSummary(Connection connection, CaseEntry entry, IncidentCase after) throws SQLException {
        CaseSummary summary = CaseSummary.of(after);
        if (entry.sequence() == 1) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cases (number_unit_id, year,"
                    + " sequence, entries, " + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)")) {
                insert.setString(1, after.number().unitId());
                insert.setInt(2, after.number().year());
                insert.setInt(3, after.number().sequence());
                insert.setInt(4, after.entries());
                bindSummary(insert, 5, summary);
                insert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE cases SET entries = ?, id = ?, number = ?,"
                + " kind_id = ?, severity = ?, state = ?, title = ?, unit_id = ?, lead_person_id = ?, occurred_ms = ?,"
                + " latitude = ?, longitude = ?, zone_id = ?, opened_ms = ?, updated_ms = ?, persons = ?, vessels = ?"
                + " WHERE id = ? AND entries = ?")) {
            update.setInt(1, after.entries());
            int next = bindSummary(update, 2, summary);
            update.setString(next, after.id());
            update.setInt(next + 1, entry.sequence() - 1);
            if (update.executeUpdate() != 1) {
                throw new StateConflict("case " + after.number().text() + " was changed meanwhile; try again");
            }
        }
    }

    private static int bindSummary(PreparedStatement statement, int first, CaseSummary summary) throws SQLException {
        int i = first;
        statement.setString(i++, summary.id());
        statement.setString(i++, summary.number());
        statement.setString(i++, summary.kindId());
        statement.setString(i++, summary.severity().slug());
        statement.setString(i++, summary.state().code());
        statement.setString(i++, summary.title());
        statement.setString(i++, summary.unitId());
        Columns.setString(statement, i++, summary.leadPersonId());
        statement.setLong(i++, summary.occurredAt().toEpochMilli());
        setDegrees(statement, i++, summary.place().latitude());
        setDegrees(statement, i++, summary.place().longitude());
        Columns.setString(statement, i++, summary.place().zoneId());
        statement.setLong(i++, summary.openedAt().toEpochMilli());
        statement.setLong(i++, summary.updatedAt().toEpochMilli());
        statement.setInt(i++, summary.persons());
        statement.setInt(i++, summary.vessels());
        return i;
    }

    @Override
    public int takeSequence(String unitId, int year) {
        return transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO case_sequences (unit_id, year, last)"
                    + " VALUES (?, ?, 1) ON CONFLICT (unit_id, year) DO UPDATE SET last = case_sequences.last + 1"
                    + " RETURNING last")) {
                upsert.setString(1, unitId);
                upsert.setInt(2, year);
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    public Page search(CaseQuery query) {
        return transactions.read(connection -> {
            Conditions filter = conditions(query);
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM cases" + filter.clause())) {
                filter.bind(count);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<CaseSummary> cases = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM cases"
                    + filter.clause() + " ORDER BY occurred_ms DESC, id LIMIT ? OFFSET ?")) {
                filter.bind(select, query.limit(), query.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cases.add(summary(rows));
                    }
                }
            }
            return new Page(total, cases);
        });
    }

    @Override
    public Tally tally(CaseQuery query) {
        return transactions.read(connection -> {
            Conditions filter = conditions(query);
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(persons), 0),"
                    + " COALESCE(SUM(vessels), 0) FROM cases" + filter.clause())) {
                filter.bind(count);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return new Tally(row.getLong(1), row.getLong(2), row.getLong(3));
                }
            }
        });
    }

    @Override
    public List<CaseSummary> linkedTo(SourceRef source) {
        return transactions.read(connection -> {
            List<CaseSummary> cases = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + prefixed("c.") + " FROM case_links l"
                    + " JOIN cases c ON c.id = l.case_id WHERE l.source_type = ? AND l.source_id = ?"
                    + " ORDER BY c.opened_ms DESC, c.id")) {
                select.setString(1, source.type());
                select.setString(2, source.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cases.add(summary(rows));
                    }
                }
            }
            return cases;
        });
    }

    private static String prefixed(String alias) {
        return alias + SUMMARY_COLUMNS.replace(", ", ", " + alias);
    }

    private static CaseSummary summary(ResultSet rows) throws SQLException {
        double latitude = Columns.getDouble(rows, 10);
        double longitude = Columns.getDouble(rows, 11);
        CasePlace place = new CasePlace(Double.isNaN(latitude) ? null : latitude, Double.isNaN(longitude) ? null : longitude,
                rows.getString(12));
        return new CaseSummary(rows.getString(1), rows.getString(2), rows.getString(3),
                Severity.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), rows.getString(6),
                CaseState.of(rows.getString(5)), rows.getString(7), rows.getString(8),
                Instant.ofEpochMilli(rows.getLong(9)), place, Instant.ofEpochMilli(rows.getLong(13)),
                Instant.ofEpochMilli(rows.getLong(14)), rows.getInt(15), rows.getInt(16));
    }

    private static void setDegrees(PreparedStatement statement, int index, Double degrees) throws SQLException {
        if (degrees == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, degrees);
        }
    }

    private static Conditions conditions(CaseQuery query) {
        Conditions conditions = new Conditions()
                .in("state", query.states().stream().map(CaseState::code).toList())
                .in("kind_id", query.kindIds())
                .inOrNone("unit_id", query.unitIds())
                .period("occurred_ms", query.from(), query.to());
        if (query.text() != null) {
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            conditions.where("(LOWER(number) LIKE ? OR LOWER(title) LIKE ?)", pattern, pattern);
        }
        return conditions;
    }
}
