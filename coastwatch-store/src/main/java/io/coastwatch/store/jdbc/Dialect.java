package io.coastwatch.store.jdbc;

import java.util.Locale;

/** The SQL databases a store runs on, told apart by the JDBC URL. */
public enum Dialect {
    /** SQLite through {@code org.xerial:sqlite-jdbc}: one file, WAL, one writer connection. */
    SQLITE("jdbc:sqlite:", "sqlite"),
    /** PostgreSQL through {@code org.postgresql:postgresql}: a small pool, partitioned positions. */
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Dialect(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** The dialect of {@code jdbcUrl}; {@link IllegalArgumentException} when it is neither. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null) {
            for (Dialect dialect : values()) {
                if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(dialect.urlPrefix)) {
                    return dialect;
                }
            }
        }
        throw new IllegalArgumentException(
                "unsupported JDBC URL '" + jdbcUrl + "': expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }

    /** The JDBC URL prefix, such as {@code jdbc:sqlite:}. */
    public String urlPrefix() {
        return urlPrefix;
    }

    /** The class-path folder of this dialect's migrations. */
    public String migrationFolder() {
        return "db/migration/" + migrationFolder;
    }
}
