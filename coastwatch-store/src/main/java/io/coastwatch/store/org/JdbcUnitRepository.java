package io.coastwatch.store.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.org.Location;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** The {@link UnitRepository} in {@code org_unit_version}, one row per version. Thread-safe. */
public final class JdbcUnitRepository implements UnitRepository {

    private static final String SELECT = "SELECT unit_id, valid_from, valid_to, code, kind, name_vi, name_en, parent_id,"
            + " area_zone_ids, home_port_zone_id, latitude, longitude, location_approximate, contacts FROM org_unit_version";

    private final JdbcTransactions transactions;

    public JdbcUnitRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Unit> validOn(LocalDate day) {
        String text = day.toString();
        return select(SELECT + " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY unit_id", text, text);
    }

    @Override
    public List<Unit> history(String unitId) {
        return select(SELECT + " WHERE unit_id = ? ORDER BY valid_from", unitId);
    }

    @Override
    public List<Unit> all() {
        return select(SELECT + " ORDER BY unit_id, valid_from");
    }

    @Override
    public void save(Unit version) {
        transactions.write(Durability.DURABLE, connection -> {
            for (Unit other : history(version.id())) {
                if (!other.validity().validFrom().equals(version.validity().validFrom())
                        && other.validity().overlaps(version.validity())) {
                    throw new StateConflict("unit " + version.id() + "'s version from " + version.validity().validFrom()
                            + " overlaps its version from " + other.validity().validFrom());
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO org_unit_version (unit_id, valid_from,"
                    + " valid_to, code, kind, name_vi, name_en, parent_id, area_zone_ids, home_port_zone_id, latitude,"
                    + " longitude, location_approximate, contacts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (unit_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,"
                    + " code = excluded.code, kind = excluded.kind, name_vi = excluded.name_vi, name_en = excluded.name_en,"
                    + " parent_id = excluded.parent_id, area_zone_ids = excluded.area_zone_ids,"
                    + " home_port_zone_id = excluded.home_port_zone_id, latitude = excluded.latitude,"
                    + " longitude = excluded.longitude, location_approximate = excluded.location_approximate,"
                    + " contacts = excluded.contacts")) {
                upsert.setString(1, version.id());
                OrgColumns.setValidity(upsert, 2, version.validity());
                upsert.setString(4, version.code());
                upsert.setString(5, version.kind().slug());
                upsert.setString(6, version.name().vi());
                upsert.setString(7, version.name().en());
                upsert.setString(8, version.parentId());
                upsert.setString(9, OrgColumns.ids(version.areaZoneIds()));
                upsert.setString(10, version.homePortZoneId());
                Location location = version.location();
                if (location == null) {
                    upsert.setNull(11, Types.DOUBLE);
                    upsert.setNull(12, Types.DOUBLE);
                } else {
                    upsert.setDouble(11, location.latitude());
                    upsert.setDouble(12, location.longitude());
                }
                upsert.setBoolean(13, location != null && location.approximate());
                upsert.setString(14, OrgColumns.contacts(version.contacts()));
                return upsert.executeUpdate();
            }
        });
    }

    private List<Unit> select(String sql, String... parameters) {
        return OrgColumns.query(transactions, sql, JdbcUnitRepository::unit, parameters);
    }

    private static Unit unit(ResultSet row) throws SQLException {
        double latitude = row.getDouble("latitude");
        Location location = row.wasNull() ? null
                : new Location(latitude, row.getDouble("longitude"), row.getBoolean("location_approximate"));
        return new Unit(row.getString("unit_id"), row.getString("code"), UnitKind.of(row.getString("kind")),
                new Label(row.getString("name_vi"), row.getString("name_en")), row.getString("parent_id"),
                OrgColumns.ids(row.getString("area_zone_ids")), row.getString("home_port_zone_id"), location,
                OrgColumns.contacts(row.getString("contacts")), OrgColumns.validity(row, "valid_from", "valid_to"));
    }
}
