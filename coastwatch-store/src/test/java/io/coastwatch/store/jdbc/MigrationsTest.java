package io.coastwatch.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void statementsEndAtASemicolonAtTheEndOfALineAndCommentsAreSkipped() {
        String script = """
                -- a comment; with a semicolon;
                CREATE TABLE a (
                    x INTEGER -- trailing note
                );

                CREATE INDEX a_x ON a (x);
                """;

        assertEquals(List.of("CREATE TABLE a (\n    x INTEGER -- trailing note\n)", "CREATE INDEX a_x ON a (x)"),
                Migrations.statements(script));
    }

    @Test
    void aScriptThatDoesNotEndWithASemicolonIsRefused() {
        assertThrows(IllegalStateException.class, () -> Migrations.statements("CREATE TABLE a (x INTEGER)"));
    }

    @Test
    void bothDialectsHaveTheSameMigrationVersions() {
        try (ConnectionSource sqlite = ConnectionSource.of("jdbc:sqlite:target/unused.db", null, null);
                ConnectionSource postgres = ConnectionSource.of("jdbc:postgresql://127.0.0.1/unused", null, null)) {
            assertEquals(new Migrations(sqlite).latestVersion(), new Migrations(postgres).latestVersion());
        }
    }
}
