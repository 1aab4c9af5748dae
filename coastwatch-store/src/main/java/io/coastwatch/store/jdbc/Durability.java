package io.coastwatch.store.jdbc;

/** How durable a committed write transaction is when the commit returns. */
public enum Durability {
    /** Survives a crash of the process and of the machine (SQLite {@code synchronous=FULL}). */
    DURABLE,
    /**
     * Survives a crash of the process; a crash of the machine (or of the PostgreSQL server) may lose
     * the last fraction of a second (SQLite {@code synchronous=NORMAL} in WAL mode, PostgreSQL
     * {@code synchronous_commit=off}). For position batches.
     */
    RELAXED
}
