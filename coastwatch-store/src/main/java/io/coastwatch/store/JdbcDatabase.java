package io.coastwatch.store;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.JdbcAccountStore;
import io.coastwatch.store.alert.AlertStore;
import io.coastwatch.store.alert.JdbcAlertStore;
import io.coastwatch.store.audit.JdbcAuditLog;
import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Migrations;
import io.coastwatch.store.org.JdbcAgencyRepository;
import io.coastwatch.store.org.JdbcPersonRepository;
import io.coastwatch.store.org.JdbcResourceRepository;
import io.coastwatch.store.org.JdbcUnitRepository;
import io.coastwatch.store.position.JdbcPositionStore;
import io.coastwatch.store.registry.JdbcFleetRepository;
import io.coastwatch.store.registry.JdbcRegistryStore;
import io.coastwatch.store.registry.RegistryStore;
import io.coastwatch.store.rule.JdbcRuleDefinitionStore;
import io.coastwatch.store.rule.RuleDefinitionStore;
import io.coastwatch.store.source.JdbcSourceDefinitionStore;
import io.coastwatch.store.source.SourceDefinitionStore;
import io.coastwatch.store.tx.JdbcTransactions;
import io.coastwatch.store.vessel.JdbcVesselSnapshotStore;
import io.coastwatch.store.zone.JdbcZoneStore;
import io.coastwatch.store.zone.ZoneStore;
import java.time.Clock;
import java.time.Duration;

/**
 * The JDBC {@link Database}: connections for the dialect the URL names, migrated at open, and the
 * stores on them. Thread-safe.
 */
final class JdbcDatabase implements Database {

    private final ConnectionSource connections;
    private final JdbcPositionStore positions;
    private final JdbcVesselSnapshotStore vessels;
    private final JdbcAccountStore accounts;
    private final JdbcSourceDefinitionStore sources;
    private final JdbcZoneStore zones;
    private final JdbcAlertStore alerts;
    private final JdbcRegistryStore registry;
    private final JdbcRuleDefinitionStore rules;
    private final JdbcTransactions transactions;
    private final JdbcAuditLog audit;
    private final JdbcUnitRepository units;
    private final JdbcAgencyRepository agencies;
    private final JdbcPersonRepository persons;
    private final JdbcResourceRepository resources;
    private final JdbcFleetRepository fleet;

    private JdbcDatabase(ConnectionSource connections, Duration positionRetention, Clock clock) {
        this.connections = connections;
        this.positions = new JdbcPositionStore(connections, positionRetention, clock);
        this.vessels = new JdbcVesselSnapshotStore(connections);
        this.transactions = new JdbcTransactions(connections);
        this.sources = new JdbcSourceDefinitionStore(transactions);
        this.alerts = new JdbcAlertStore(transactions, clock);
        this.registry = new JdbcRegistryStore(transactions);
        this.rules = new JdbcRuleDefinitionStore(transactions);
        this.zones = new JdbcZoneStore(transactions);
        this.accounts = new JdbcAccountStore(transactions);
        this.audit = new JdbcAuditLog(transactions, clock);
        this.units = new JdbcUnitRepository(transactions);
        this.agencies = new JdbcAgencyRepository(transactions);
        this.persons = new JdbcPersonRepository(transactions);
        this.resources = new JdbcResourceRepository(transactions);
        this.fleet = new JdbcFleetRepository(transactions);
    }

    /** Connects, migrates and starts the position writer; closes what it opened when any step fails. */
    static JdbcDatabase open(StoreSettings settings, Clock clock) {
        Duration retention = settings.positionRetention() == null ? Duration.ZERO : settings.positionRetention();
        if (retention.isNegative()) {
            throw new IllegalArgumentException("position retention must not be negative: " + retention);
        }
        ConnectionSource connections = ConnectionSource.of(settings.jdbcUrl(), settings.user(), settings.password());
        try {
            new Migrations(connections).migrate();
            return new JdbcDatabase(connections, retention, clock);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public PositionStore positions() {
        return positions;
    }

    @Override
    public VesselSnapshotStore vessels() {
        return vessels;
    }

    @Override
    public AccountStore accounts() {
        return accounts;
    }

    @Override
    public SourceDefinitionStore sources() {
        return sources;
    }

    @Override
    public ZoneStore zones() {
        return zones;
    }

    @Override
    public AlertStore alerts() {
        return alerts;
    }

    @Override
    public RegistryStore registry() {
        return registry;
    }

    @Override
    public RuleDefinitionStore rules() {
        return rules;
    }

    @Override
    public JdbcTransactions transactions() {
        return transactions;
    }

    @Override
    public JdbcAuditLog audit() {
        return audit;
    }

    @Override
    public JdbcUnitRepository units() {
        return units;
    }

    @Override
    public JdbcAgencyRepository agencies() {
        return agencies;
    }

    @Override
    public JdbcPersonRepository persons() {
        return persons;
    }

    @Override
    public JdbcResourceRepository resources() {
        return resources;
    }

    @Override
    public JdbcFleetRepository fleet() {
        return fleet;
    }

    @Override
    public void close() {
        try {
            positions.close();
        } finally {
            connections.close();
        }
    }
}
