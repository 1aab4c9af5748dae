package io.coastwatch.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.operations.org.AgencyRepository;
import io.coastwatch.operations.org.PersonRepository;
import io.coastwatch.operations.org.ResourceRepository;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.registry.FleetRepository;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.alert.AlertStore;
import io.coastwatch.store.audit.JdbcAuditLog;
import io.coastwatch.store.registry.RegistryStore;
import io.coastwatch.store.rule.RuleDefinitionStore;
import io.coastwatch.store.source.SourceDefinitionStore;
import io.coastwatch.store.tx.JdbcTransactions;
import io.coastwatch.store.zone.ZoneStore;
import java.time.Clock;

/**
 * An open store: SQLite or PostgreSQL, migrated to the current schema when opened. Its parts share
 * the database; all are thread-safe. Closing it flushes pending positions and closes connections.
 */
public interface Database extends AutoCloseable {

    /**
     * Opens (creating and migrating as needed) the store that {@code settings} name: SQLite for a
     * {@code jdbc:sqlite:} URL (the file and its folder are created when missing), PostgreSQL for a
     * {@code jdbc:postgresql:} URL (the database must exist). The returned store applies
     * {@link StoreSettings#positionRetention()} itself, hourly (see
     * {@link io.coastwatch.store.position.JdbcPositionStore}).
     *
     * @throws IllegalArgumentException when the URL names neither
     * @throws io.coastwatch.store.jdbc.StoreException when the database cannot be reached or migrated
     */
    static Database open(StoreSettings settings) {
        return JdbcDatabase.open(settings, Clock.systemUTC());
    }

    PositionStore positions();

    VesselSnapshotStore vessels();

    AccountStore accounts();

    SourceDefinitionStore sources();

    ZoneStore zones();

    AlertStore alerts();

    RegistryStore registry();

    RuleDefinitionStore rules();

    /**
     * The unit of work of the operations' use cases: a durable transaction bound to the calling thread,
     * which the operations' repositories and {@link #audit()} join, and so do the writes of
     * {@link #accounts()}, {@link #sources()}, {@link #zones()}, {@link #alerts()}, {@link #registry()}
     * and {@link #rules()} (each in a transaction of its own when none is bound).
     */
    JdbcTransactions transactions();

    /** The append-only, hash-chained audit log; appends join the caller's {@link #transactions() transaction}. */
    JdbcAuditLog audit();

    /** The units and their versions; writes join the caller's {@link #transactions() transaction}. */
    UnitRepository units();

    /** The agencies; writes join the caller's transaction. */
    AgencyRepository agencies();

    /** The persons; writes join the caller's transaction. */
    PersonRepository persons();

    /** The resources; writes join the caller's transaction. */
    ResourceRepository resources();

    /** Port control's fleet registry; writes join the caller's transaction. */
    FleetRepository fleet();

    @Override
    void close();
}
