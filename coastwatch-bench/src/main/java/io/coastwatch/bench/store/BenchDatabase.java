package io.coastwatch.bench.store;

import io.coastwatch.store.StoreSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Where a store benchmark runs: {@code sqlite} (a new file under the work folder for each
 * database) or {@code postgresql} (one embedded server for the run, with {@code fsync} on and
 * {@code shared_buffers} of 1 GB, a new database for each). Not thread-safe.
 */
final class BenchDatabase implements AutoCloseable {

    private final String backend;
    private final Path workDir;
    private final EmbeddedPostgres postgres;
    private int databases;

    BenchDatabase(String backend, Path workDir) throws IOException {
        this.backend = backend;
        this.workDir = workDir;
        Files.createDirectories(workDir);
        this.postgres = switch (backend) {
            case "sqlite" -> null;
            case "postgresql" -> EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("synchronous_commit", "on")
                    .setDataDirectory(workDir.resolve("postgresql-data"))
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .start();
            default -> throw new IllegalArgumentException("backend must be sqlite or postgresql, not " + backend);
        };
    }

    boolean isPostgres() {
        return postgres != null;
    }

    /** Settings of a new, empty database. */
    StoreSettings newDatabase() {
        String name = "bench_" + (++databases);
        if (postgres == null) {
            Path file = workDir.resolve(name + ".db");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new StoreSettings("jdbc:sqlite:" + file, null, null, Duration.ZERO);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
        try (Connection connection = DriverManager.getConnection(url + "postgres", "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new StoreSettings(url + name, "postgres", null, Duration.ZERO);
    }

    /** The size of the database's files, in bytes. */
    long sizeBytes(StoreSettings settings) throws SQLException {
        if (postgres == null) {
            String file = settings.jdbcUrl().substring("jdbc:sqlite:".length());
            long size = 0;
            for (String suffix : new String[] {"", "-wal"}) {
                size += Path.of(file + suffix).toFile().length();
            }
            return size;
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), null);
                Statement statement = connection.createStatement();
                var row = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
