package io.coastwatch.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.account.Account.OidcIdentity;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link AccountStore} contract, run against every backend. */
abstract class AccountStoreContract extends DatabaseTestBase {

    static final Account ADMIN = Account.local("admin", "{argon2}$argon2id$v=19$abc",
            List.of(RoleAssignment.atRoot(Role.SYSTEM_ADMIN)), 1_000L);
    static final Account VIEWER = Account.local("Trần Văn An", "{argon2}xyz",
            List.of(RoleAssignment.in(Role.VIEWER, "dbp-ninh-chu")), 2_000L).withEnabled(false);

    AccountStore accounts() {
        return database.accounts();
    }

    @Test
    void createdAccountsAreFoundInUsernameOrder() {
        accounts().create(VIEWER);
        accounts().create(ADMIN);

        assertEquals(Optional.of(ADMIN), accounts().find("admin"));
        assertEquals(Optional.empty(), accounts().find("Admin"));
        assertEquals(List.of(VIEWER, ADMIN), accounts().all()); // "T" < "a"
    }

    @Test
    void rolesAreKeptPerUnitAndALiaisonPerAgency() {
        Account officer = Account.local("ha", "h", List.of(RoleAssignment.in(Role.STATION_OFFICER, "dbp-ninh-chu"),
                RoleAssignment.in(Role.COMMANDER, "dbp-ca-na"), RoleAssignment.liaisonOf("csb-vung-3")), 5L)
                .withPerson("p-17");
        accounts().create(officer);

        Account found = accounts().find("ha").orElseThrow();
        assertEquals(java.util.Set.copyOf(officer.assignments()), java.util.Set.copyOf(found.assignments()));
        assertEquals("p-17", found.personId());
        assertEquals(1, accounts().all().size());
    }

    @Test
    void creatingATakenUsernameFailsAndKeepsTheFirst() {
        accounts().create(ADMIN);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> accounts().create(Account.local("admin", "other", List.of(), 5L)));

        assertTrue(failure.getMessage().contains("'admin' already exists"), failure.getMessage());
        assertEquals(Optional.of(ADMIN), accounts().find("admin"));
    }

    @Test
    void usernamesAreCaseSensitive() {
        accounts().create(ADMIN);
        Account other = Account.local("Admin", "h", List.of(RoleAssignment.atRoot(Role.DUTY_OFFICER)), 3L);

        accounts().create(other);

        assertEquals(List.of(other, ADMIN), accounts().all());
    }

    @Test
    void updateReplacesAnExistingAccountAndItsRolesOnly() {
        accounts().create(ADMIN);
        Account changed = ADMIN.withPassword("new-hash", 9_000L).withEnabled(false).withTotpSecret("JBSWY3DPEHPK3PXP")
                .withAssignments(List.of(RoleAssignment.in(Role.DUTY_OFFICER, "bch-ninh-thuan")));

        accounts().update(changed);

        assertEquals(Optional.of(changed), accounts().find("admin"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> accounts().update(VIEWER));
        assertTrue(failure.getMessage().contains("no account"), failure.getMessage());
        assertEquals(List.of(changed), accounts().all());
    }

    @Test
    void aSignedOnAccountIsFoundByItsProviderIdentity() {
        OidcIdentity identity = new OidcIdentity("http://127.0.0.1:8081/coastwatch", "2f6c-subject");
        Account signedOn = Account.signedOn("nguyen.van.b", identity, List.of(), 4L);
        accounts().create(signedOn);

        assertEquals(Optional.of(signedOn), accounts().findSignedOn(identity.issuer(), identity.subject()));
        assertEquals(Optional.empty(), accounts().findSignedOn(identity.issuer(), "other"));
        assertFalse(signedOn.hasPassword());
    }

    @Test
    void deletingAnAccountTakesItsRolesAndTokens() {
        accounts().create(ADMIN);
        accounts().saveToken(token("t1", "ab", 10L));

        assertTrue(accounts().delete("admin"));

        assertEquals(Optional.empty(), accounts().find("admin"));
        assertEquals(Optional.empty(), accounts().findToken("ab".repeat(32)));
        assertFalse(accounts().delete("admin"));
        accounts().create(ADMIN.withAssignments(List.of()));
        assertEquals(List.of(), accounts().find("admin").orElseThrow().assignments(), "no role left behind");
    }

    @Test
    void tokensAreSavedListedReplacedUsedAndDeletedById() {
        accounts().create(ADMIN);
        ApiToken token = token("t1", "ab", 10L);
        ApiToken newer = token("t2", "cd", 20L);
        ApiToken renamed = new ApiToken("t1", token.tokenHash(), "admin", "export", 11L, 20L, 0L);

        accounts().saveToken(token);
        accounts().saveToken(newer);
        assertEquals(Optional.of(token), accounts().findToken(token.tokenHash()));
        assertEquals(List.of(newer, token), accounts().tokens("admin"));
        accounts().saveToken(renamed);
        assertEquals(Optional.of(renamed), accounts().findToken(token.tokenHash()));
        accounts().markTokenUsed("t1", 15L);
        accounts().markTokenUsed("t1", 12L);
        assertEquals(15L, accounts().findToken(token.tokenHash()).orElseThrow().lastUsedMillis(), "never goes back");

        assertTrue(accounts().deleteToken("t1"));
        assertEquals(Optional.empty(), accounts().findToken(token.tokenHash()));
        assertFalse(accounts().deleteToken("t1"));
        assertEquals(List.of(newer), accounts().tokens("admin"));
    }

    @Test
    void aTokenForNoAccountIsRefused() {
        assertThrows(IllegalStateException.class, () -> accounts().saveToken(
                new ApiToken("x", "cd".repeat(32), "nobody", "x", 1L, 2L, 0L)));
        assertEquals(Optional.empty(), accounts().findToken("cd".repeat(32)));
    }

    @Test
    void accountsAndTokensSurviveReopening() {
        accounts().create(ADMIN);
        ApiToken token = token("t3", "ef", 10L);
        accounts().saveToken(token);

        reopen(Duration.ZERO);

        assertEquals(List.of(ADMIN), accounts().all());
        assertEquals(Optional.of(token), accounts().findToken(token.tokenHash()));
    }

    /**
     * A store made before roles were held per unit (schema 5, global roles): its ADMIN, OPERATOR and VIEWER
     * become a system administrator, a duty officer and a viewer held in the command ({@link RoleAssignment#ROOT}),
     * and its tokens that never expired expire 90 days after the upgrade.
     */
    @Test
    void globalRolesOfBeforeBecomeRolesHeldInTheCommand(@TempDir Path oldStore) throws Exception {
        StoreSettings old = backend().newDatabase(oldStore, Duration.ZERO);
        List<String> versions = List.of("V1__schema", "V2__zones", "V3__alerts", "V4__registry_rules",
                "V5__position_blocks");
        try (ConnectionSource connections = ConnectionSource.of(old.jdbcUrl(), old.user(), old.password())) {
            java.util.Map<String, List<String>> scripts = new java.util.HashMap<>();
            for (String version : versions) {
                scripts.put(version, script(connections.dialect().migrationFolder() + "/" + version + ".sql"));
            }
            connections.write(io.coastwatch.store.jdbc.Durability.DURABLE, connection -> {
                ConnectionSource.execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL)");
                for (String version : versions) {
                    for (String statement : scripts.get(version)) {
                        ConnectionSource.execute(connection, statement);
                    }
                    ConnectionSource.execute(connection, "INSERT INTO schema_version VALUES ("
                            + version.substring(1, version.indexOf('_')) + ", '" + version + "', 0)");
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO accounts (username, password_hash, role, enabled, created_ms) VALUES (?, 'h', ?, ?, 7)")) {
                    for (String[] row : new String[][] {{"admin", "ADMIN"}, {"op", "OPERATOR"}, {"see", "VIEWER"}}) {
                        insert.setString(1, row[0]);
                        insert.setString(2, row[1]);
                        insert.setBoolean(3, true);
                        insert.executeUpdate();
                    }
                }
                ConnectionSource.execute(connection, "INSERT INTO api_tokens (token_hash, username, label, created_ms,"
                        + " expires_ms) VALUES ('" + "12".repeat(32) + "', 'op', 'for ever', 7, 9223372036854775807)");
                return null;
            });
        }
        long before = System.currentTimeMillis();
        try (Database upgraded = Database.open(old)) {
            AccountStore store = upgraded.accounts();
            assertEquals(List.of(RoleAssignment.atRoot(Role.SYSTEM_ADMIN)), store.find("admin").orElseThrow().assignments());
            assertEquals(List.of(RoleAssignment.atRoot(Role.DUTY_OFFICER)), store.find("op").orElseThrow().assignments());
            assertEquals(List.of(RoleAssignment.atRoot(Role.VIEWER)), store.find("see").orElseThrow().assignments());
            assertEquals(7L, store.find("see").orElseThrow().passwordChangedMillis());
            ApiToken kept = store.findToken("12".repeat(32)).orElseThrow();
            assertEquals("12".repeat(8), kept.id());
            long ninetyDays = Duration.ofDays(90).toMillis();
            assertTrue(kept.expiresMillis() >= before + ninetyDays - 2_000
                    && kept.expiresMillis() <= System.currentTimeMillis() + ninetyDays + 2_000, "expires " + kept.expiresMillis());
        }
    }

    private static ApiToken token(String id, String hashByte, long created) {
        return new ApiToken(id, hashByte.repeat(32), "admin", "nightly export", created, created + 1_000, 0L);
    }

    /** The statements of a migration script as the store's migrations split them: each ends with ';' at a line's end. */
    private static List<String> script(String resource) throws IOException {
        try (InputStream in = AccountStoreContract.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new java.util.ArrayList<>();
            StringBuilder statement = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String sql = statement.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    statement.setLength(0);
                }
            }
            return statements;
        }
    }
}
