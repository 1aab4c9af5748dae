package io.coastwatch.store.plan;

import io.coastwatch.operations.indicator.Period;
import io.coastwatch.operations.plan.Plan;
import io.coastwatch.operations.plan.PlanKind;
import io.coastwatch.operations.plan.PlanRepository;
import io.coastwatch.operations.plan.Target;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PlanRepository} on {@code plans} and {@code plan_targets}. Joins the caller's transaction
 * ({@link JdbcTransactions}). Thread-safe.
 */
public final class JdbcPlanRepository implements PlanRepository {

    private static final String PLAN_COLUMNS = "id, kind, unit_id, title, first_day, last_day";
    private static final String TARGET_COLUMNS = "plan_id, position, indicator_code, unit_id, first_day, last_day, value";

    private final JdbcTransactions transactions;

    public JdbcPlanRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Plan> find(String id) {
        return transactions.read(connection -> plans(connection, " WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Plan> all() {
        return transactions.read(connection -> plans(connection, "", null));
    }

    @Override
    public void save(Plan plan) {
        transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM plan_targets WHERE plan_id = ?")) {
                delete.setString(1, plan.id());
                delete.executeUpdate();
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO plans (" + PLAN_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
                    + " unit_id = excluded.unit_id, title = excluded.title, first_day = excluded.first_day,"
                    + " last_day = excluded.last_day")) {
                upsert.setString(1, plan.id());
                upsert.setString(2, plan.kind().code());
                upsert.setString(3, plan.unitId());
                upsert.setString(4, plan.title());
                upsert.setString(5, plan.period().first().toString());
                upsert.setString(6, plan.period().last().toString());
                upsert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plan_targets (" + TARGET_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < plan.targets().size(); i++) {
                    Target target = plan.targets().get(i);
                    insert.setString(1, plan.id());
                    insert.setInt(2, i);
                    insert.setString(3, target.indicatorCode());
                    insert.setString(4, target.unitId());
                    insert.setString(5, target.period().first().toString());
                    insert.setString(6, target.period().last().toString());
                    insert.setDouble(7, target.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static List<Plan> plans(Connection connection, String where, String id) throws SQLException {
        Map<String, List<Target>> targets = targets(connection, where.isEmpty() ? "" : " WHERE plan_id = ?", id);
        List<Plan> plans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + PLAN_COLUMNS + " FROM plans" + where
                + " ORDER BY last_day DESC, first_day DESC, id")) {
            if (id != null) {
                query.setString(1, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String planId = rows.getString(1);
                    PlanKind kind = PlanKind.ofCode(rows.getString(2))
                            .orElseThrow(() -> new IllegalStateException("plan " + planId + " has an unknown kind"));
                    plans.add(new Plan(planId, kind, rows.getString(3), rows.getString(4), period(rows, 5),
                            targets.getOrDefault(planId, List.of())));
                }
            }
        }
        return plans;
    }

    private static Map<String, List<Target>> targets(Connection connection, String where, String id) throws SQLException {
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TARGET_COLUMNS + " FROM plan_targets"
                + where + " ORDER BY plan_id, position")) {
            if (id != null) {
                query.setString(1, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    targets.computeIfAbsent(rows.getString(1), plan -> new ArrayList<>()).add(
                            new Target(rows.getString(3), rows.getString(4), period(rows, 5), rows.getDouble(7)));
                }
            }
        }
        return targets;
    }

    private static Period period(ResultSet rows, int firstColumn) throws SQLException {
        return new Period(LocalDate.parse(rows.getString(firstColumn)), LocalDate.parse(rows.getString(firstColumn + 1)));
    }
}
