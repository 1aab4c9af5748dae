package io.coastwatch.server.cli;

import io.coastwatch.operations.audit.AuditChain;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.jdbc.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code coastwatch audit verify}: reads the whole audit log of the store the server would open with the
 * same {@code --data} or {@code --config}, recomputes every hash and checks the chain against its head.
 * Exits 0 when it is unbroken, 1 naming the first bad entry when it is not, 2 when the store cannot be
 * read. Safe while the server runs: it only reads.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Proves the audit log's hash chain unbroken, or names the first entry that was changed, removed or added",
            "behind the product's back. Exit status 0: unbroken; 1: broken; 2: the store cannot be read."
        })
final class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 1;
    static final int UNREADABLE = 2;
    private static final String SQLITE = "jdbc:sqlite:";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the SQLite store (default ./data), as for serve.")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "The server's configuration file (its coastwatch.store or data-dir), as for serve.")
    Path config;

    @Override
    public Integer call() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new ParameterException(spec.commandLine(), "no such configuration file: " + config);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSettings settings = ServerSettings.store(dataDir, config);
        if (settings.jdbcUrl().startsWith(SQLITE) && !Files.isRegularFile(Path.of(settings.jdbcUrl().substring(SQLITE.length())))) {
            err.println("no store at " + settings.jdbcUrl() + ": nothing to verify (check --data or --config)");
            return UNREADABLE;
        }
        AuditChain.Verification verification;
        AuditChain.Head head;
        try (Database database = Database.open(settings)) {
            head = database.audit().head();
            verification = database.audit().verify();
        } catch (StoreException e) {
            err.println("cannot read the store " + settings.jdbcUrl() + ": " + e.getMessage());
            return UNREADABLE;
        }
        if (verification.unbroken()) {
            out.printf(Locale.ROOT, "audit log of %s: %,d entries, chain unbroken (last hash %s)%n",
                    settings.jdbcUrl(), verification.verified(), head.hash());
            return 0;
        }
        AuditChain.Break found = verification.firstBreak().orElseThrow();
        out.printf(Locale.ROOT, "audit log of %s: BROKEN at entry %d: %s (%,d entries before it verified)%n",
                settings.jdbcUrl(), found.seq(), found.reason(), verification.verified());
        return BROKEN;
    }
}
