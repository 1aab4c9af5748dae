package io.coastwatch.store.org;

import io.coastwatch.operations.org.Resource;
import io.coastwatch.operations.org.ResourceKind;
import io.coastwatch.operations.org.ResourceRepository;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@link ResourceRepository} in {@code org_resource} (an MMSI at most once). Thread-safe. */
public final class JdbcResourceRepository implements ResourceRepository {

    private static final String SELECT = "SELECT resource_id, kind, name, unit_id, hull_number, mmsi, tracker_id,"
            + " speed_knots, endurance_hours, crew_size FROM org_resource";

    private final JdbcTransactions transactions;

    public JdbcResourceRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Resource> all() {
        return OrgColumns.query(transactions, SELECT + " ORDER BY resource_id", JdbcResourceRepository::resource);
    }

    @Override
    public Optional<Resource> find(String resourceId) {
        return OrgColumns.query(transactions, SELECT + " WHERE resource_id = ?", JdbcResourceRepository::resource,
                resourceId).stream().findFirst();
    }

    @Override
    public void save(Resource resource) {
        transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO org_resource (resource_id, kind, name,"
                    + " unit_id, hull_number, mmsi, tracker_id, speed_knots, endurance_hours, crew_size)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (resource_id) DO UPDATE SET kind = excluded.kind,"
                    + " name = excluded.name, unit_id = excluded.unit_id, hull_number = excluded.hull_number,"
                    + " mmsi = excluded.mmsi, tracker_id = excluded.tracker_id, speed_knots = excluded.speed_knots,"
                    + " endurance_hours = excluded.endurance_hours, crew_size = excluded.crew_size")) {
                upsert.setString(1, resource.id());
                upsert.setString(2, resource.kind().slug());
                upsert.setString(3, resource.name());
                upsert.setString(4, resource.unitId());
                upsert.setString(5, resource.hullNumber());
                OrgColumns.setInteger(upsert, 6, resource.mmsi());
                upsert.setString(7, resource.trackerId());
                OrgColumns.setDecimal(upsert, 8, resource.speedKnots());
                OrgColumns.setDecimal(upsert, 9, resource.enduranceHours());
                OrgColumns.setInteger(upsert, 10, resource.crewSize());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String resourceId) {
        return OrgColumns.delete(transactions, "org_resource", "resource_id", resourceId);
    }

    private static Resource resource(ResultSet row) throws SQLException {
        return new Resource(row.getString("resource_id"), ResourceKind.of(row.getString("kind")), row.getString("name"),
                row.getString("unit_id"), row.getString("hull_number"), OrgColumns.integer(row, "mmsi"),
                row.getString("tracker_id"), OrgColumns.decimal(row, "speed_knots"),
                OrgColumns.decimal(row, "endurance_hours"), OrgColumns.integer(row, "crew_size"));
    }
}
