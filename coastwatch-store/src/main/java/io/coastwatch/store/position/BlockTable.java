package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.Columns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements on {@code position_blocks} that the writer, retention, compaction and the upgrade
 * share, each run on a connection the caller holds (in its transaction). Stateless; thread-safe.
 */
final class BlockTable {

    private static final String INSERT = "INSERT INTO position_blocks (vessel_id, first_time_ms, block_id,"
            + " last_time_ms, fix_count, min_lat, max_lat, min_lon, max_lon, fixes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_ONE = "SELECT fixes FROM position_blocks"
            + " WHERE vessel_id = ? AND first_time_ms = ? AND block_id = ?";
    private static final String DELETE_ONE = "DELETE FROM position_blocks"
            + " WHERE vessel_id = ? AND first_time_ms = ? AND block_id = ?";

    private BlockTable() {
    }

    /** The key of a block row, with what compaction needs to know of it. */
    record BlockKey(long vesselId, long firstTimeMillis, long blockId, long lastTimeMillis, int fixCount) {
    }

    /** The first time of the oldest block; {@code null} when there is none. */
    static Long oldestFirstTime(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MIN(first_time_ms) FROM position_blocks");
                ResultSet row = query.executeQuery()) {
            long value = row.next() ? row.getLong(1) : 0;
            return row.wasNull() ? null : value;
        }
    }

    /** Inserts {@code blocks} in one JDBC batch, in the order given. */
    static void insert(Connection connection, List<PositionBlock> blocks) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PositionBlock block : blocks) {
                insert.setLong(1, block.vesselId());
                insert.setLong(2, block.firstTimeMillis());
                insert.setLong(3, block.blockId());
                insert.setLong(4, block.lastTimeMillis());
                insert.setInt(5, block.fixes().size());
                PositionBlock.BoundingBox box = block.plausibleBounds();
                Columns.setDouble(insert, 6, box == null ? Double.NaN : box.southLatitude());
                Columns.setDouble(insert, 7, box == null ? Double.NaN : box.northLatitude());
                Columns.setDouble(insert, 8, box == null ? Double.NaN : box.westLongitude());
                Columns.setDouble(insert, 9, box == null ? Double.NaN : box.eastLongitude());
                insert.setBytes(10, BlockCodec.encode(block.fixes()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The keys of the blocks {@code where} selects: what follows {@code WHERE} (a condition on the
     * columns, perhaps an {@code ORDER BY}), with {@code long} parameters.
     */
    static List<BlockKey> keys(Connection connection, String where, long... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT vessel_id, first_time_ms, block_id,"
                + " last_time_ms, fix_count FROM position_blocks WHERE " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<BlockKey> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(new BlockKey(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getInt(5)));
                }
                return keys;
            }
        }
    }

    /**
     * Deletes the blocks of {@code keys} (all of one vessel) and returns their fixes, block after block
     * in the order of the keys; a block already gone gives nothing.
     */
    static List<PositionFix> take(Connection connection, List<BlockKey> keys) throws SQLException {
        List<PositionFix> fixes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ONE);
                PreparedStatement delete = connection.prepareStatement(DELETE_ONE)) {
            for (BlockKey key : keys) {
                bindKey(select, key);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        fixes.addAll(BlockCodec.decode(key.vesselId(), row.getBytes(1)));
                    }
                }
                bindKey(delete, key);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return fixes;
    }

    private static void bindKey(PreparedStatement statement, BlockKey key) throws SQLException {
        statement.setLong(1, key.vesselId());
        statement.setLong(2, key.firstTimeMillis());
        statement.setLong(3, key.blockId());
    }
}
