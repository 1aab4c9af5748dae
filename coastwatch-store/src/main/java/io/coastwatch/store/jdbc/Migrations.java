package io.coastwatch.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the current schema. The migrations of a dialect are SQL files in the class
 * path folder {@link Dialect#migrationFolder()}, listed in order in its {@code migrations.txt} and
 * named {@code V<version>__<description>.sql}; statements end with a {@code ;} at the end of a line,
 * and lines starting with {@code --} are comments.
 *
 * <p>Each pending migration runs in its own transaction together with its row in
 * {@code schema_version}, so a migration is applied entirely or not at all, and running the
 * migrations again does nothing. On PostgreSQL an advisory lock keeps two processes from migrating
 * at once; on SQLite the write transaction does. A database whose schema is newer than this code
 * is refused.
 */
public final class Migrations {

    /** The table that records the applied migrations. */
    public static final String VERSION_TABLE = "schema_version";

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final long POSTGRESQL_LOCK_KEY = 0x636f617374L; // "coast"

    private final ConnectionSource connections;
    private final List<Migration> migrations;

    /** One migration: its version, description and statements. */
    record Migration(int version, String description, List<String> statements) {
    }

    public Migrations(ConnectionSource connections) {
        this.connections = connections;
        this.migrations = load(connections.dialect().migrationFolder());
    }

    /** The version the migrations bring a database to. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.getLast().version();
    }

    /** Applies the pending migrations; returns how many were applied. */
    public int migrate() {
        connections.write(Durability.DURABLE, connection -> {
            lock(connection);
            ConnectionSource.execute(connection, "CREATE TABLE IF NOT EXISTS " + VERSION_TABLE
                    + " (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL)");
            return null;
        });
        int applied = 0;
        for (Migration migration : migrations) {
            boolean ran = connections.write(Durability.DURABLE, connection -> apply(connection, migration));
            if (ran) {
                applied++;
            }
        }
        return applied;
    }

    /** The version the database is at. */
    public int currentVersion() {
        return connections.read(Migrations::currentVersion);
    }

    private boolean apply(Connection connection, Migration migration) throws SQLException {
        lock(connection);
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new IllegalStateException("the database is at schema version " + current
                    + ", newer than this Coastwatch knows (" + latestVersion() + "): upgrade Coastwatch");
        }
        if (migration.version() <= current) {
            return false;
        }
        for (String sql : migration.statements()) {
            try {
                ConnectionSource.execute(connection, sql);
            } catch (SQLException e) {
                throw new SQLException("migration V" + migration.version() + " failed at: " + sql, e);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + VERSION_TABLE + " (version, description, applied_ms) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
        return true;
    }

    private void lock(Connection connection) throws SQLException {
        if (connections.dialect() == Dialect.POSTGRESQL) {
            ConnectionSource.execute(connection, "SELECT pg_advisory_xact_lock(" + POSTGRESQL_LOCK_KEY + ")");
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(version) FROM " + VERSION_TABLE);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static List<Migration> load(String folder) {
        List<Migration> loaded = new ArrayList<>();
        for (String fileName : lines(folder + "/migrations.txt")) {
            Matcher name = FILE_NAME.matcher(fileName);
            if (!name.matches()) {
                throw new IllegalStateException("migration file name " + fileName + " is not V<n>__<description>.sql");
            }
            int version = Integer.parseInt(name.group(1));
            if (!loaded.isEmpty() && version <= loaded.getLast().version()) {
                throw new IllegalStateException("migration " + fileName + " is listed out of order in " + folder);
            }
            loaded.add(new Migration(version, name.group(2), statements(String.join("\n", lines(folder + "/" + fileName)))));
        }
        return List.copyOf(loaded);
    }

    /** Splits a script into statements: each ends with {@code ;} at the end of a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = statement.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException("migration script ends without ';': " + statement);
        }
        return statements;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (resource.endsWith(".txt")) {
                        if (!line.isBlank() && !line.strip().startsWith("#")) {
                            lines.add(line.strip());
                        }
                    } else {
                        lines.add(line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
