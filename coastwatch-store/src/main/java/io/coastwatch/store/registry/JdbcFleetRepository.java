package io.coastwatch.store.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.registry.FleetRepository;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.VesselForms;
import io.coastwatch.operations.registry.VesselVersion;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link FleetRepository} in {@code fleet_vessel} (the vessels registered now and their current
 * version), {@code fleet_vessel_device} (who carries which VMS device) and {@code fleet_vessel_version}
 * (every version's record as {@link VesselForms} JSON, appended; the current record is read from there,
 * so that an import writes each record once). Thread-safe.
 */
public final class JdbcFleetRepository implements FleetRepository {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    /**
     * Above this many vessels, a save reads every vessel's last version in one scan instead of one query
     * per vessel. The last version is the history's: a removed vessel imported again goes on from it.
     */
    private static final int SCAN_VERSIONS_ABOVE = 64;

    /** The current records: each registered vessel's current version. */
    private static final String RECORDS = "SELECT h.record FROM fleet_vessel v JOIN fleet_vessel_version h"
            + " ON h.registration_key = v.registration_key AND h.version = v.version";

    private final JdbcTransactions transactions;

    public JdbcFleetRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<FleetVessel> all() {
        return vessels(RECORDS + " ORDER BY v.registration_key");
    }

    @Override
    public int count() {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM fleet_vessel");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public Optional<FleetVessel> byKey(String key) {
        return vessels(RECORDS + " WHERE v.registration_key = ?", key).stream().findFirst();
    }

    @Override
    public Optional<FleetVessel> byMmsi(int mmsi) {
        return vessels(RECORDS + " WHERE v.mmsi = ? ORDER BY v.registration_key", mmsi)
                .stream().findFirst();
    }

    @Override
    public Optional<FleetVessel> byVmsDevice(String deviceId) {
        return vessels(RECORDS + " JOIN fleet_vessel_device d ON d.registration_key = v.registration_key"
                + " WHERE d.device_id = ?", deviceKey(deviceId))
                .stream().findFirst();
    }

    @Override
    public List<FleetVessel> search(String text, int limit) {
        String key = FleetVessel.keyOf(text);
        String words = "%" + escaped(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return vessels(RECORDS + " WHERE v.registration_key LIKE ? ESCAPE '\\'"
                + " OR v.search_text LIKE ? ESCAPE '\\' ORDER BY v.registration_key LIMIT ?",
                escaped(key) + "%", words, limit);
    }

    @Override
    public void save(Collection<FleetVessel> vessels, String action, String account, Instant at) {
        if (vessels.isEmpty()) {
            return;
        }
        transactions.write(Durability.DURABLE, connection -> {
            Map<String, Integer> versions = vessels.size() > SCAN_VERSIONS_ABOVE ? allVersions(connection) : null;
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO fleet_vessel (registration_key,"
                    + " mmsi, home_station_id, search_text, version) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (registration_key) DO UPDATE SET mmsi = excluded.mmsi,"
                    + " home_station_id = excluded.home_station_id, search_text = excluded.search_text,"
                    + " version = excluded.version");
                    PreparedStatement dropDevices = connection.prepareStatement(
                            "DELETE FROM fleet_vessel_device WHERE registration_key = ?");
                    PreparedStatement addDevice = connection.prepareStatement(
                            "INSERT INTO fleet_vessel_device (device_id, registration_key) VALUES (?, ?)");
                    PreparedStatement addVersion = connection.prepareStatement("INSERT INTO fleet_vessel_version"
                            + " (registration_key, version, action, changed_ms, changed_by, record) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (FleetVessel vessel : vessels) {
                    String key = vessel.key();
                    Integer current = versions != null ? versions.get(key) : version(connection, key);
                    int version = current == null ? 1 : current + 1;
                    String record = json(vessel);
                    upsert.setString(1, key);
                    if (vessel.mmsi() == 0) {
                        upsert.setNull(2, Types.INTEGER);
                    } else {
                        upsert.setInt(2, vessel.mmsi());
                    }
                    upsert.setString(3, vessel.homeStationId());
                    upsert.setString(4, searchText(vessel));
                    upsert.setInt(5, version);
                    upsert.addBatch();
                    if (current != null) {
                        dropDevices.setString(1, key);
                        dropDevices.addBatch();
                    }
                    for (String device : vessel.vmsDeviceIds()) {
                        addDevice.setString(1, deviceKey(device));
                        addDevice.setString(2, key);
                        addDevice.addBatch();
                    }
                    addVersion.setString(1, key);
                    addVersion.setInt(2, version);
                    addVersion.setString(3, action);
                    addVersion.setLong(4, at.toEpochMilli());
                    addVersion.setString(5, account);
                    addVersion.setString(6, record);
                    addVersion.addBatch();
                }
                upsert.executeBatch();
                dropDevices.executeBatch();
                addDevice.executeBatch();
                addVersion.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void remove(Collection<String> keys) {
        transactions.write(Durability.DURABLE, connection -> {
            for (String table : List.of("fleet_vessel_device", "fleet_vessel")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE registration_key = ?")) {
                    for (String key : keys) {
                        delete.setString(1, key);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public List<VesselVersion> history(String key) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT version, action, changed_ms, changed_by,"
                    + " record FROM fleet_vessel_version WHERE registration_key = ? ORDER BY version")) {
                select.setString(1, key);
                List<VesselVersion> versions = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        versions.add(new VesselVersion(row.getInt(1), row.getString(2),
                                Instant.ofEpochMilli(row.getLong(3)), row.getString(4), vessel(row.getString(5))));
                    }
                }
                return versions;
            }
        });
    }

    private List<FleetVessel> vessels(String sql, Object... parameters) {
        return transactions.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<FleetVessel> vessels = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        vessels.add(vessel(row.getString(1)));
                    }
                }
                return vessels;
            }
        });
    }

    private static Integer version(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(version) FROM fleet_vessel_version WHERE registration_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                int version = row.getInt(1);
                return row.wasNull() ? null : version;
            }
        }
    }

    private static Map<String, Integer> allVersions(Connection connection) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT registration_key, MAX(version) FROM fleet_vessel_version GROUP BY registration_key");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                versions.put(row.getString(1), row.getInt(2));
            }
        }
        return versions;
    }

    private static String searchText(FleetVessel vessel) {
        return (vessel.key() + " " + vessel.name() + " " + vessel.owner() + " " + vessel.hullMarking())
                .toLowerCase(Locale.ROOT);
    }

    private static String deviceKey(String deviceId) {
        return deviceId.strip().toUpperCase(Locale.ROOT);
    }

    private static String escaped(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String json(FleetVessel vessel) {
        try {
            Map<String, Object> fields = VesselForms.fields(vessel);
            fields.values().removeIf(Objects::isNull);
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the record of " + vessel.registrationNumber(), e);
        }
    }

    private static FleetVessel vessel(String json) throws SQLException {
        try {
            Fields fields = Fields.of(JSON.readValue(json, FIELDS));
            FleetVessel vessel = VesselForms.vessel(fields);
            fields.done();
            return vessel;
        } catch (JsonProcessingException | InvalidRequest e) {
            throw new SQLException("a stored vessel record does not read: " + json, e);
        }
    }
}
