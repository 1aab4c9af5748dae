package io.coastwatch.store.vessel;

import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.position.FixColumns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Vessel states in the {@code vessels} table, one row per vessel, the last fix in its
 * {@code fix_*} columns (NULL when the vessel has none). {@link #saveAll} is one durable transaction
 * (an upsert per vessel). Thread-safe.
 */
public final class JdbcVesselSnapshotStore implements VesselSnapshotStore {

    private static final String COLUMNS = "vessel_id, mmsi, imo_number, call_sign, name, registration_number,"
            + " vms_device_id, ship_type, length_metres, beam_metres, draught_metres, destination, eta_ms, flag,"
            + " last_seen_ms, fix_vessel_id, fix_time_ms, fix_source, fix_lat, fix_lon, fix_speed_knots,"
            + " fix_course_degrees, fix_heading_degrees, fix_nav_status, fix_plausibility";
    private static final int FIRST_FIX_COLUMN = 16;
    private static final String UPSERT;

    static {
        List<String> names = List.of(COLUMNS.split(",\\s*"));
        StringBuilder sql = new StringBuilder("INSERT INTO vessels (" + COLUMNS + ") VALUES (")
                .append("?, ".repeat(names.size() - 1)).append("?) ON CONFLICT (vessel_id) DO UPDATE SET ");
        for (String name : names.subList(1, names.size())) {
            sql.append(name).append(" = excluded.").append(name).append(name.equals(names.getLast()) ? "" : ", ");
        }
        UPSERT = sql.toString();
    }

    private final ConnectionSource connections;

    public JdbcVesselSnapshotStore(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public void saveAll(Collection<VesselSnapshot> vessels) {
        if (vessels.isEmpty()) {
            return;
        }
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (VesselSnapshot vessel : vessels) {
                    bind(upsert, vessel);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, VesselSnapshot vessel) throws SQLException {
        statement.setLong(1, vessel.vesselId());
        statement.setInt(2, vessel.mmsi());
        statement.setInt(3, vessel.imoNumber());
        Columns.setString(statement, 4, vessel.callSign());
        Columns.setString(statement, 5, vessel.name());
        Columns.setString(statement, 6, vessel.registrationNumber());
        Columns.setString(statement, 7, vessel.vmsDeviceId());
        statement.setInt(8, vessel.shipType());
        statement.setInt(9, vessel.lengthMetres());
        statement.setInt(10, vessel.beamMetres());
        Columns.setDouble(statement, 11, vessel.draughtMetres());
        Columns.setString(statement, 12, vessel.destination());
        statement.setLong(13, vessel.etaMillis());
        Columns.setString(statement, 14, vessel.flag());
        statement.setLong(15, vessel.lastSeenMillis());
        if (vessel.lastFix() != null) {
            FixColumns.bind(statement, FIRST_FIX_COLUMN, vessel.lastFix());
        } else {
            for (int i = 0; i < FixColumns.COUNT; i++) {
                statement.setNull(FIRST_FIX_COLUMN + i, Types.BIGINT);
            }
        }
    }

    @Override
    public List<VesselSnapshot> loadAll() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM vessels ORDER BY vessel_id");
                    ResultSet rows = query.executeQuery()) {
                List<VesselSnapshot> vessels = new ArrayList<>();
                while (rows.next()) {
                    rows.getLong(FIRST_FIX_COLUMN + 1);
                    PositionFix lastFix = rows.wasNull() ? null : FixColumns.read(rows, FIRST_FIX_COLUMN);
                    vessels.add(new VesselSnapshot(
                            rows.getLong(1),
                            rows.getInt(2),
                            rows.getInt(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getInt(8),
                            rows.getInt(9),
                            rows.getInt(10),
                            Columns.getDouble(rows, 11),
                            rows.getString(12),
                            rows.getLong(13),
                            rows.getString(14),
                            lastFix,
                            rows.getLong(15)));
                }
                return vessels;
            }
        });
    }
}
