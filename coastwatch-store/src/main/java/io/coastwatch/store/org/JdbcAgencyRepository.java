package io.coastwatch.store.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.org.Agency;
import io.coastwatch.operations.org.AgencyKind;
import io.coastwatch.operations.org.AgencyRepository;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@link AgencyRepository} in {@code org_agency}. Thread-safe. */
public final class JdbcAgencyRepository implements AgencyRepository {

    private static final String SELECT = "SELECT agency_id, kind, name_vi, name_en, contacts, competences, valid_from,"
            + " valid_to FROM org_agency";

    private final JdbcTransactions transactions;

    public JdbcAgencyRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Agency> all() {
        return OrgColumns.query(transactions, SELECT + " ORDER BY agency_id", JdbcAgencyRepository::agency);
    }

    @Override
    public Optional<Agency> find(String agencyId) {
        return OrgColumns.query(transactions, SELECT + " WHERE agency_id = ?", JdbcAgencyRepository::agency, agencyId)
                .stream().findFirst();
    }

    @Override
    public void save(Agency agency) {
        transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO org_agency (agency_id, kind, name_vi,"
                    + " name_en, contacts, competences, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (agency_id) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi,"
                    + " name_en = excluded.name_en, contacts = excluded.contacts, competences = excluded.competences,"
                    + " valid_from = excluded.valid_from, valid_to = excluded.valid_to")) {
                upsert.setString(1, agency.id());
                upsert.setString(2, agency.kind().slug());
                upsert.setString(3, agency.name().vi());
                upsert.setString(4, agency.name().en());
                upsert.setString(5, OrgColumns.contacts(agency.contacts()));
                upsert.setString(6, OrgColumns.ids(agency.competences()));
                OrgColumns.setValidity(upsert, 7, agency.validity());
                return upsert.executeUpdate();
            }
        });
    }

    private static Agency agency(ResultSet row) throws SQLException {
        return new Agency(row.getString("agency_id"), AgencyKind.of(row.getString("kind")),
                new Label(row.getString("name_vi"), row.getString("name_en")), OrgColumns.contacts(row.getString("contacts")),
                OrgColumns.ids(row.getString("competences")), OrgColumns.validity(row, "valid_from", "valid_to"));
    }
}
