package io.coastwatch.store.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.org.Person;
import io.coastwatch.operations.org.PersonRepository;
import io.coastwatch.operations.org.Rank;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@link PersonRepository} in {@code org_person}. Thread-safe. */
public final class JdbcPersonRepository implements PersonRepository {

    private static final String SELECT = "SELECT person_id, full_name, rank, position_vi, position_en, unit_id, contacts"
            + " FROM org_person";

    private final JdbcTransactions transactions;

    public JdbcPersonRepository(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Person> all() {
        return OrgColumns.query(transactions, SELECT + " ORDER BY person_id", JdbcPersonRepository::person);
    }

    @Override
    public Optional<Person> find(String personId) {
        return OrgColumns.query(transactions, SELECT + " WHERE person_id = ?", JdbcPersonRepository::person, personId)
                .stream().findFirst();
    }

    @Override
    public void save(Person person) {
        transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO org_person (person_id, full_name, rank,"
                    + " position_vi, position_en, unit_id, contacts) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (person_id) DO UPDATE SET full_name = excluded.full_name, rank = excluded.rank,"
                    + " position_vi = excluded.position_vi, position_en = excluded.position_en,"
                    + " unit_id = excluded.unit_id, contacts = excluded.contacts")) {
                upsert.setString(1, person.id());
                upsert.setString(2, person.fullName());
                upsert.setString(3, person.rank().slug());
                upsert.setString(4, person.position().vi());
                upsert.setString(5, person.position().en());
                upsert.setString(6, person.unitId());
                upsert.setString(7, OrgColumns.contacts(person.contacts()));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String personId) {
        return OrgColumns.delete(transactions, "org_person", "person_id", personId);
    }

    private static Person person(ResultSet row) throws SQLException {
        return new Person(row.getString("person_id"), row.getString("full_name"), Rank.of(row.getString("rank")),
                new Label(row.getString("position_vi"), row.getString("position_en")), row.getString("unit_id"),
                OrgColumns.contacts(row.getString("contacts")));
    }
}
