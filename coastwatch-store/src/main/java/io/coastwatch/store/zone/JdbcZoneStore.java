package io.coastwatch.store.zone;

import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Zones in the {@code zones} table, their history in {@code zone_changes}; every write one durable
 * transaction, or part of the caller's when one is bound ({@link JdbcTransactions}: a use case that
 * audits the change commits both together). On SQLite the single writer serialises writes; on
 * PostgreSQL the row is locked {@code FOR UPDATE} before it is compared. Thread-safe.
 */
public final class JdbcZoneStore implements ZoneStore {

    private static final String COLUMNS = "id, name, kind, feature, version, updated_by, updated_ms";

    private final JdbcTransactions connections;
    private final String lockClause;

    public JdbcZoneStore(JdbcTransactions connections) {
        this.connections = connections;
        this.lockClause = switch (connections.dialect()) {
            case SQLITE -> "";
            case POSTGRESQL -> " FOR UPDATE";
        };
    }

    @Override
    public List<StoredZone> all() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM zones");
                    ResultSet rows = query.executeQuery()) {
                List<StoredZone> zones = new ArrayList<>();
                while (rows.next()) {
                    zones.add(zone(rows));
                }
                zones.sort(Comparator.comparing(StoredZone::id)); // the same order on every database
                return zones;
            }
        });
    }

    @Override
    public Optional<StoredZone> find(String id) {
        return connections.read(connection -> find(connection, id, ""));
    }

    @Override
    public List<StoredZone> save(List<ZoneDraft> zones, String user, long timeMillis) {
        Set<String> ids = new HashSet<>();
        for (ZoneDraft zone : zones) {
            if (!ids.add(zone.id())) {
                throw new IllegalArgumentException("zone " + zone.id() + " given twice");
            }
        }
        return connections.write(Durability.DURABLE, connection -> {
            List<StoredZone> stored = new ArrayList<>();
            for (ZoneDraft zone : zones) {
                stored.add(save(connection, zone, user, timeMillis));
            }
            return stored;
        });
    }

    private StoredZone save(Connection connection, ZoneDraft zone, String user, long timeMillis) throws SQLException {
        Optional<StoredZone> before = find(connection, zone.id(), lockClause);
        if (before.isPresent() && before.get().feature().equals(zone.feature())
                && before.get().name().equals(zone.name()) && before.get().kind().equals(zone.kind())) {
            return before.get();
        }
        StoredZone after = new StoredZone(zone.id(), zone.name(), zone.kind(), zone.feature(),
                before.map(StoredZone::version).orElse(0L) + 1, user, timeMillis);
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO zones (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " kind = excluded.kind, feature = excluded.feature, version = excluded.version,"
                + " updated_by = excluded.updated_by, updated_ms = excluded.updated_ms")) {
            upsert.setString(1, after.id());
            upsert.setString(2, after.name());
            upsert.setString(3, after.kind());
            upsert.setString(4, after.feature());
            upsert.setLong(5, after.version());
            upsert.setString(6, after.updatedBy());
            upsert.setLong(7, after.updatedMillis());
            upsert.executeUpdate();
        }
        record(connection, new ZoneChange(zone.id(), timeMillis, user,
                before.isPresent() ? ZoneChange.Action.UPDATED : ZoneChange.Action.CREATED,
                before.map(StoredZone::feature).orElse(null), after.feature()));
        return after;
    }

    @Override
    public Optional<StoredZone> delete(String id, String user, long timeMillis) {
        return connections.write(Durability.DURABLE, connection -> {
            Optional<StoredZone> before = find(connection, id, lockClause);
            if (before.isEmpty()) {
                return before;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM zones WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            record(connection, new ZoneChange(id, timeMillis, user, ZoneChange.Action.DELETED,
                    before.get().feature(), null));
            return before;
        });
    }

    @Override
    public List<ZoneChange> history(String id) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT zone_id, time_ms, username, action,"
                    + " before_feature, after_feature FROM zone_changes WHERE zone_id = ? ORDER BY change_id")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    List<ZoneChange> changes = new ArrayList<>();
                    while (rows.next()) {
                        changes.add(new ZoneChange(rows.getString(1), rows.getLong(2), rows.getString(3),
                                ZoneChange.Action.ofCode(rows.getString(4)), rows.getString(5), rows.getString(6)));
                    }
                    return changes;
                }
            }
        });
    }

    private static void record(Connection connection, ZoneChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO zone_changes (zone_id, time_ms,"
                + " username, action, before_feature, after_feature) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, change.zoneId());
            insert.setLong(2, change.timeMillis());
            insert.setString(3, change.user());
            insert.setString(4, change.action().code());
            Columns.setString(insert, 5, change.before());
            Columns.setString(insert, 6, change.after());
            insert.executeUpdate();
        }
    }

    private static Optional<StoredZone> find(Connection connection, String id, String lock) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM zones WHERE id = ?" + lock)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(zone(row)) : Optional.empty();
            }
        }
    }

    private static StoredZone zone(ResultSet row) throws SQLException {
        return new StoredZone(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getLong(7));
    }
}
