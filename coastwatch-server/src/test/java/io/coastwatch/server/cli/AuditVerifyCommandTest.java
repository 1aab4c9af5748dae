package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.testing.Backend;
import io.coastwatch.store.testing.BehindTheBack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coastwatch audit verify} on a SQLite data folder and on PostgreSQL through a configuration file. */
class AuditVerifyCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new CoastwatchCli());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private static void appendFive(StoreSettings settings) {
        try (Database database = Database.open(settings)) {
            for (int i = 1; i <= 5; i++) {
                String id = "dbp-" + i;
                database.transactions().run(() -> database.audit().append(new AuditRecord("admin", id, "create",
                        "unit", id, null, Map.of("id", id))));
            }
        }
    }

    @Test
    void anUntouchedLogVerifiesAndARowEditedBehindTheProductsBackIsNamed() {
        Path data = folder.resolve("data");
        StoreSettings settings = new StoreSettings("jdbc:sqlite:" + data.resolve("coastwatch.db"), null, null, Duration.ZERO);
        appendFive(settings);

        assertEquals(0, run("audit", "verify", "--data", data.toString()), err.toString());
        assertTrue(out.toString().contains("5 entries, chain unbroken"), out.toString());

        BehindTheBack.dropAuditTriggers(settings);
        BehindTheBack.execute(settings, "UPDATE audit_log SET account = 'someone-else' WHERE seq = 3");
        out.getBuffer().setLength(0);

        assertEquals(AuditVerifyCommand.BROKEN, run("audit", "verify", "--data", data.toString()));
        assertTrue(out.toString().contains("BROKEN at entry 3: its content does not match its hash"), out.toString());
        assertTrue(out.toString().contains("2 entries before it verified"), out.toString());
    }

    @Test
    void theStoreOfAConfigurationFileIsVerifiedAndARemovedNewestEntryIsFound() throws IOException {
        StoreSettings settings = Backend.POSTGRESQL.newDatabase(folder, Duration.ZERO);
        appendFive(settings);
        Path config = Files.writeString(folder.resolve("coastwatch.yml"), "coastwatch:\n  store:\n    jdbc-url: "
                + settings.jdbcUrl() + "\n    user: " + settings.user() + "\n");

        assertEquals(0, run("audit", "verify", "--config", config.toString()), err.toString());
        assertTrue(out.toString().contains("5 entries, chain unbroken"), out.toString());

        BehindTheBack.dropAuditTriggers(settings);
        BehindTheBack.execute(settings, "DELETE FROM audit_log WHERE seq = 5");
        out.getBuffer().setLength(0);

        assertEquals(AuditVerifyCommand.BROKEN, run("audit", "verify", "--config", config.toString()));
        assertTrue(out.toString().contains("BROKEN at entry 5: entry 5 is missing"), out.toString());
    }

    @Test
    void aFolderWithoutAStoreIsAnErrorAndCreatesNothing() {
        Path empty = folder.resolve("nothing-here");

        assertEquals(AuditVerifyCommand.UNREADABLE, run("audit", "verify", "--data", empty.toString()));
        assertTrue(err.toString().contains("no store at"), err.toString());
        assertTrue(Files.notExists(empty.resolve("coastwatch.db")));
    }
}
