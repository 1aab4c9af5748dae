package io.coastwatch.store.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.store.jdbc.Columns;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The registry in {@code registry_vessels} and {@code departure_records}. Thread-safe. */
public final class JdbcRegistryStore implements RegistryStore {
    private static final String VESSEL_COLUMNS = "registration_number, name, owner, length_metres, gear,"
            + " licence_valid_until, mmsi, vms_device_id, home_port";
    private static final String DEPARTURE_COLUMNS = "registration_number, departure_ms, port_id, station_id,"
            + " declared_return_ms, arrival_ms";

    private final JdbcTransactions connections;

    public JdbcRegistryStore(JdbcTransactions connections) {
        this.connections = connections;
    }

    @Override
    public List<RegisteredVessel> vessels() {
        return connections.read(connection -> {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT " + VESSEL_COLUMNS + " FROM registry_vessels")) {
                List<RegisteredVessel> vessels = new ArrayList<>();
                while (rows.next()) {
                    String licence = rows.getString(6);
                    vessels.add(new RegisteredVessel(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getDouble(4), rows.getString(5), licence == null ? null : LocalDate.parse(licence),
                            rows.getInt(7), rows.getString(8), rows.getString(9)));
                }
                vessels.sort(Comparator.comparing(RegisteredVessel::registrationNumber)); // one order on every database
                return vessels;
            }
        });
    }

    @Override
    public void saveVessels(Collection<RegisteredVessel> vessels, boolean replaceAll) {
        connections.write(Durability.DURABLE, connection -> {
            if (replaceAll) {
                ConnectionSource.execute(connection, "DELETE FROM registry_vessels");
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO registry_vessels ("
                    + VESSEL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (registration_number)"
                    + " DO UPDATE SET name = excluded.name, owner = excluded.owner,"
                    + " length_metres = excluded.length_metres, gear = excluded.gear,"
                    + " licence_valid_until = excluded.licence_valid_until, mmsi = excluded.mmsi,"
                    + " vms_device_id = excluded.vms_device_id, home_port = excluded.home_port")) {
                for (RegisteredVessel vessel : vessels) {
                    upsert.setString(1, vessel.registrationNumber());
                    upsert.setString(2, vessel.name());
                    upsert.setString(3, vessel.owner());
                    upsert.setDouble(4, vessel.lengthMetres());
                    upsert.setString(5, vessel.gear());
                    Columns.setString(upsert, 6, vessel.licenceValidUntil() == null ? null
                            : vessel.licenceValidUntil().toString());
                    upsert.setInt(7, vessel.mmsi());
                    Columns.setString(upsert, 8, vessel.vmsDeviceId());
                    upsert.setString(9, vessel.homePort());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<DepartureRecord> departures() {
        return connections.read(connection -> {
            try (Statement query = connection.createStatement();
                    ResultSet rows = query.executeQuery("SELECT " + DEPARTURE_COLUMNS
                            + " FROM departure_records ORDER BY departure_ms, registration_number")) {
                List<DepartureRecord> departures = new ArrayList<>();
                while (rows.next()) {
                    long arrival = rows.getLong(6);
                    boolean atSea = rows.wasNull();
                    departures.add(new DepartureRecord(rows.getString(1), rows.getString(3), rows.getString(4),
                            rows.getLong(2), rows.getLong(5), atSea ? Long.MIN_VALUE : arrival));
                }
                return departures;
            }
        });
    }

    @Override
    public void saveDepartures(Collection<DepartureRecord> departures) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO departure_records ("
                    + DEPARTURE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (registration_number, departure_ms)"
                    + " DO UPDATE SET port_id = excluded.port_id, station_id = excluded.station_id,"
                    + " declared_return_ms = excluded.declared_return_ms, arrival_ms = excluded.arrival_ms")) {
                for (DepartureRecord departure : departures) {
                    upsert.setString(1, departure.registrationNumber());
                    upsert.setLong(2, departure.departureMillis());
                    upsert.setString(3, departure.portId());
                    upsert.setString(4, departure.stationId());
                    upsert.setLong(5, departure.declaredReturnMillis());
                    if (departure.arrived()) {
                        upsert.setLong(6, departure.arrivalMillis());
                    } else {
                        upsert.setNull(6, Types.BIGINT);
                    }
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }
}
