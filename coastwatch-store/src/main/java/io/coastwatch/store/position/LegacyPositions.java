package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The upgrade from one row per fix (the {@code positions} table of schema versions 1 to 4) to blocks:
 * run when the store opens, before its writer starts. It reads the old rows in key order,
 * {@link #CHUNK} at a time, and in one transaction per chunk writes them as blocks and deletes them, so
 * that a crash part way loses nothing and the next open goes on where it stopped; when the table is
 * empty it is dropped. A new database (whose first migration still creates the table) just drops it.
 *
 * <p>Stateless; run by one thread.
 */
final class LegacyPositions {

    /** How many old rows go into one transaction. */
    static final int CHUNK = 100_000;

    private static final System.Logger LOG = System.getLogger(LegacyPositions.class.getName());
    private static final String SELECT = "SELECT vessel_id, time_ms, source, lat, lon, speed_knots, course_degrees,"
            + " heading_degrees, nav_status, plausibility FROM positions ORDER BY vessel_id, time_ms, source LIMIT "
            + CHUNK;
    private static final String DELETE = "DELETE FROM positions WHERE (vessel_id, time_ms, source) <= (?, ?, ?)";

    private LegacyPositions() {
    }

    /** Converts and drops the old table if there is one; returns how many fixes were converted. */
    static long convert(ConnectionSource connections, PositionTable table, BlockIds ids) {
        if (!exists(connections)) {
            return 0;
        }
        long converted = 0;
        for (List<PositionFix> chunk = read(connections); !chunk.isEmpty(); chunk = read(connections)) {
            Map<Long, List<PositionFix>> byVessel = new LinkedHashMap<>();
            for (PositionFix fix : chunk) {
                byVessel.computeIfAbsent(fix.vesselId(), vessel -> new ArrayList<>()).add(fix);
            }
            List<PositionBlock> blocks = new ArrayList<>();
            byVessel.forEach((vessel, fixes) -> blocks.addAll(PositionBlock.cut(vessel, fixes, ids)));
            TreeSet<Long> firstTimes = new TreeSet<>();
            blocks.forEach(block -> firstTimes.add(block.firstTimeMillis()));
            table.prepareFor(firstTimes);
            PositionFix last = chunk.getLast();
            connections.write(Durability.DURABLE, connection -> {
                BlockTable.insert(connection, blocks);
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    delete.setLong(1, last.vesselId());
                    delete.setLong(2, last.timeMillis());
                    delete.setInt(3, FixColumns.code(last.source()));
                    delete.executeUpdate();
                }
                return null;
            });
            converted += chunk.size();
            LOG.log(Level.INFO, "converted {0} stored positions to blocks so far", converted);
        }
        connections.write(Durability.DURABLE, connection -> {
            ConnectionSource.execute(connection, "DROP TABLE positions");
            return null;
        });
        return converted;
    }

    private static boolean exists(ConnectionSource connections) {
        String sql = switch (connections.dialect()) {
            case SQLITE -> "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'positions'";
            case POSTGRESQL -> "SELECT COUNT(*) FROM pg_class WHERE relname = 'positions'"
                    + " AND relnamespace = to_regnamespace(current_schema())";
        };
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql);
                    ResultSet row = query.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        });
    }

    private static List<PositionFix> read(ConnectionSource connections) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT);
                    ResultSet rows = query.executeQuery()) {
                List<PositionFix> fixes = new ArrayList<>();
                while (rows.next()) {
                    fixes.add(FixColumns.read(rows, 1));
                }
                return fixes;
            }
        });
    }
}
