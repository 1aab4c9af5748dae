package io.coastwatch.store.tips;

import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.tips.InformationCredibility;
import io.coastwatch.operations.tips.Reporter;
import io.coastwatch.operations.tips.SourceReliability;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipChannel;
import io.coastwatch.operations.tips.TipPlace;
import io.coastwatch.operations.tips.TipQuery;
import io.coastwatch.operations.tips.TipRepository;
import io.coastwatch.operations.tips.TipState;
import io.coastwatch.store.cases.Conditions;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TipRepository} on {@code tips} and {@code tip_steps} ({@code V51__tips.sql}): a tip's row as it
 * stands, its history appended. Joins the caller's transaction ({@link JdbcTransactions}). Thread-safe.
 */
public final class JdbcTipRepository implements TipRepository {

    private static final String COLUMNS = "id, unit_id, channel, reporter_name, reporter_phone, reporter_vessel,"
            + " received_ms, received_by, observed_ms, latitude, longitude, uncertainty_m, landmark_id, distance_nm,"
            + " bearing_deg, vessels, kind_id, description, reliability, credibility, state, case_id, duplicate_of, steps";
    private static final TypeReference<List<SubjectVessel>> VESSELS = new TypeReference<>() {
    };

    private final JdbcTransactions transactions;
    private final JsonMapper json = new JsonMapper();

    public JdbcTipRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Tip> find(String id) {
        return transactions.read(connection -> tips(connection, " WHERE id = ?", statement -> statement.setString(1, id))
                .stream().findFirst());
    }

    @Override
    public void save(Tip tip) {
        transactions.write(Durability.DURABLE, connection -> {
            int stored;
            try (PreparedStatement steps = connection.prepareStatement("SELECT steps FROM tips WHERE id = ?")) {
                steps.setString(1, tip.id());
                try (ResultSet row = steps.executeQuery()) {
                    stored = row.next() ? row.getInt(1) : 0;
                }
            }
            if (stored > tip.history().size()) {
                throw new StateConflict("tip " + tip.id() + " was changed meanwhile; try again");
            }
            String sql = stored == 0
                    ? "INSERT INTO tips (" + COLUMNS + ") VALUES (" + String.join(", ", Collections.nCopies(24, "?")) + ")"
                    : "UPDATE tips SET " + String.join(" = ?, ", COLUMNS.split(", ")) + " = ? WHERE id = ? AND steps = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                int next = bind(write, tip);
                if (stored > 0) {
                    write.setString(next, tip.id());
                    write.setInt(next + 1, stored);
                }
                if (write.executeUpdate() != 1) {
                    throw new StateConflict("tip " + tip.id() + " was changed meanwhile; try again");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tip_steps"
                    + " (tip_id, sequence, at_ms, account, action, state, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = stored; i < tip.history().size(); i++) {
                    Tip.Step step = tip.history().get(i);
                    insert.setString(1, tip.id());
                    insert.setInt(2, i + 1);
                    insert.setLong(3, step.at().toEpochMilli());
                    insert.setString(4, step.account());
                    insert.setString(5, step.action());
                    insert.setString(6, step.to().code());
                    Columns.setString(insert, 7, step.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private int bind(PreparedStatement statement, Tip tip) throws SQLException {
        int i = 1;
        statement.setString(i++, tip.id());
        statement.setString(i++, tip.unitId());
        statement.setString(i++, tip.channel().code());
        Columns.setString(statement, i++, tip.reporter().name());
        Columns.setString(statement, i++, tip.reporter().phone());
        Columns.setString(statement, i++, tip.reporter().vessel());
        statement.setLong(i++, tip.receivedAt().toEpochMilli());
        statement.setString(i++, tip.receivedBy());
        statement.setLong(i++, tip.observedAt().toEpochMilli());
        TipPlace place = tip.place();
        setNumber(statement, i++, place == null ? null : place.latitude());
        setNumber(statement, i++, place == null ? null : place.longitude());
        setNumber(statement, i++, place == null ? null : place.uncertaintyMetres());
        Columns.setString(statement, i++, place == null ? null : place.landmarkId());
        setNumber(statement, i++, place == null ? null : place.distanceNm());
        setNumber(statement, i++, place == null ? null : place.bearingDegrees());
        statement.setString(i++, json.writeValueAsString(tip.vessels()));
        statement.setString(i++, tip.kindId());
        Columns.setString(statement, i++, tip.description());
        statement.setString(i++, tip.reliability().code());
        statement.setString(i++, tip.credibility().code());
        statement.setString(i++, tip.state().code());
        Columns.setString(statement, i++, tip.caseId());
        Columns.setString(statement, i++, tip.duplicateOf());
        statement.setInt(i++, tip.history().size());
        return i;
    }

    @Override
    public Page search(TipQuery query) {
        return transactions.read(connection -> {
            Conditions filter = conditions(query);
            long total = count(connection, conditions(query));
            return new Page(total, tips(connection, filter.clause() + " ORDER BY observed_ms DESC, id LIMIT ? OFFSET ?",
                    statement -> filter.bind(statement, query.limit(), query.offset())));
        });
    }

    @Override
    public long count(TipQuery query) {
        return transactions.read(connection -> count(connection, conditions(query)));
    }

    private static long count(Connection connection, Conditions filter) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM tips" + filter.clause())) {
            filter.bind(count);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** How a select's parameters are bound. */
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Tip> tips(Connection connection, String rest, Binding binding) throws SQLException {
        List<Tip> tips = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM tips" + rest)) {
            binding.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tips.add(tip(rows));
                }
            }
        }
        Map<String, List<Tip.Step>> steps = steps(connection, tips.stream().map(Tip::id).toList());
        return tips.stream().map(tip -> new Tip(tip.id(), tip.unitId(), tip.channel(), tip.reporter(), tip.receivedAt(),
                tip.receivedBy(), tip.observedAt(), tip.place(), tip.vessels(), tip.kindId(), tip.description(),
                tip.reliability(), tip.credibility(), tip.state(), tip.caseId(), tip.duplicateOf(),
                steps.getOrDefault(tip.id(), List.of()))).toList();
    }

    private Tip tip(ResultSet rows) throws SQLException {
        Double latitude = number(rows, 10);
        TipPlace place = latitude == null ? null : new TipPlace(latitude, number(rows, 11), number(rows, 12),
                rows.getString(13), number(rows, 14), number(rows, 15));
        return new Tip(rows.getString(1), rows.getString(2), TipChannel.of(rows.getString(3)),
                new Reporter(rows.getString(4), rows.getString(5), rows.getString(6)), Instant.ofEpochMilli(rows.getLong(7)),
                rows.getString(8), Instant.ofEpochMilli(rows.getLong(9)), place, json.readValue(rows.getString(16), VESSELS),
                rows.getString(17), rows.getString(18), SourceReliability.of(rows.getString(19)),
                InformationCredibility.of(rows.getString(20)), TipState.of(rows.getString(21)), rows.getString(22),
                rows.getString(23), List.of());
    }

    private static Map<String, List<Tip.Step>> steps(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<Tip.Step>> steps = new HashMap<>();
        if (ids.isEmpty()) {
            return steps;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT tip_id, at_ms, account, action, state, text"
                + " FROM tip_steps WHERE tip_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY tip_id, sequence")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new Tip.Step(
                            Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3), rows.getString(4),
                            TipState.of(rows.getString(5)), rows.getString(6)));
                }
            }
        }
        return steps;
    }

    private static Double number(ResultSet rows, int index) throws SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? null : value;
    }

    private static void setNumber(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Conditions conditions(TipQuery query) {
        return new Conditions()
                .in("state", query.states().stream().map(TipState::code).toList())
                .in("kind_id", query.kindIds())
                .inOrNone("unit_id", query.unitIds())
                .period("observed_ms", query.from(), query.to());
    }
}
