package io.coastwatch.store.position;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL {@code position_blocks} table, range-partitioned on {@code first_time_ms} into
 * partitions of {@link #PARTITION_LENGTH} aligned on UNIX epoch days, named
 * {@code position_blocks_pYYYYMMDD} after their first day (UTC). A partition is created before the
 * first batch that needs it (in a transaction of its own, since creating one locks the parent
 * table), and ahead of time by the store's maintenance. Retention drops the partitions whose blocks
 * all end before its limit (those ending at least {@link PositionBlock#MAX_SPAN} before it); the
 * store deletes the rest row by row.
 *
 * <p>Thread-safe.
 */
final class PostgresPositionTable implements PositionTable {

    /** The time range of one partition. */
    static final Duration PARTITION_LENGTH = Duration.ofDays(7);

    private static final long LENGTH_MILLIS = PARTITION_LENGTH.toMillis();
    private static final Pattern BOUNDS = Pattern.compile("FROM \\('?(-?\\d+)'?\\) TO \\('?(-?\\d+)'?\\)");

    private final ConnectionSource connections;
    private final Set<Long> knownStarts = ConcurrentHashMap.newKeySet();

    PostgresPositionTable(ConnectionSource connections) {
        this.connections = connections;
        for (Partition partition : partitions()) {
            knownStarts.add(partition.fromMillis());
        }
    }

    /** One partition: its table name and time range. */
    record Partition(String name, long fromMillis, long toMillis) {
    }

    /** The first millisecond of the partition that holds {@code timeMillis}. */
    static long partitionStart(long timeMillis) {
        return Math.floorDiv(timeMillis, LENGTH_MILLIS) * LENGTH_MILLIS;
    }

    /** The table name of the partition that starts at {@code startMillis}. */
    static String partitionName(long startMillis) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(startMillis, Duration.ofDays(1).toMillis()));
        return "position_blocks_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE).replace("+", "");
    }

    @Override
    public void prepareFor(Collection<Long> firstTimesMillis) {
        Set<Long> starts = new TreeSet<>();
        for (long firstTime : firstTimesMillis) {
            starts.add(partitionStart(firstTime));
        }
        starts.forEach(this::ensure);
    }

    @Override
    public void createAhead(long nowMillis) {
        ensure(partitionStart(nowMillis));
        ensure(partitionStart(nowMillis) + LENGTH_MILLIS);
    }

    private void ensure(long startMillis) {
        if (knownStarts.contains(startMillis)) {
            return;
        }
        connections.write(Durability.DURABLE, connection -> {
            ConnectionSource.execute(connection, "CREATE TABLE IF NOT EXISTS \"" + partitionName(startMillis)
                    + "\" PARTITION OF position_blocks FOR VALUES FROM (" + startMillis + ") TO ("
                    + (startMillis + LENGTH_MILLIS) + ")");
            return null;
        });
        knownStarts.add(startMillis);
    }

    /** The partitions that exist now, oldest first. */
    List<Partition> partitions() {
        return connections.read(connection -> {
            List<Partition> partitions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT c.relname, pg_get_expr(c.relpartbound, c.oid)
                    FROM pg_inherits i
                    JOIN pg_class c ON c.oid = i.inhrelid
                    JOIN pg_class p ON p.oid = i.inhparent
                    WHERE p.relname = 'position_blocks' AND p.relnamespace = to_regnamespace(current_schema())
                    """);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher bounds = BOUNDS.matcher(rows.getString(2));
                    if (bounds.find()) {
                        partitions.add(new Partition(rows.getString(1), Long.parseLong(bounds.group(1)),
                                Long.parseLong(bounds.group(2))));
                    }
                }
            }
            partitions.sort((a, b) -> Long.compare(a.fromMillis(), b.fromMillis()));
            return partitions;
        });
    }

    @Override
    public long dropOlderThan(long timeMillis) {
        long dropped = 0;
        for (Partition partition : partitions()) {
            if (partition.toMillis() <= timeMillis - PositionBlock.MAX_SPAN_MILLIS) {
                dropped += connections.write(Durability.DURABLE, connection -> drop(connection, partition));
                knownStarts.remove(partition.fromMillis());
            }
        }
        return dropped;
    }

    /** Drops {@code partition}; returns how many fixes it held. */
    private static long drop(Connection connection, Partition partition) throws SQLException {
        String table = "\"" + partition.name() + "\"";
        long fixes;
        try (PreparedStatement count = connection.prepareStatement("SELECT COALESCE(SUM(fix_count), 0) FROM " + table);
                ResultSet row = count.executeQuery()) {
            fixes = row.next() ? row.getLong(1) : 0;
        }
        ConnectionSource.execute(connection, "DROP TABLE " + table);
        return fixes;
    }
}
