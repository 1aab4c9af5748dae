package io.coastwatch.server.alert;

import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.server.webhook.WebhookDispatcher;
import io.coastwatch.server.webhook.WebhookSettings;
import io.coastwatch.server.webhook.WebhookTarget;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.alert.AlertStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert worker and webhook dispatcher as the server wires them, on a real SQLite store in
 * {@code dataDir} and a real (idle) tracker for the vessel names, without Spring: for tests that stop
 * and start them.
 */
public final class AlertStack implements AutoCloseable {
    public final Database database;
    public final WebhookDispatcher dispatcher;
    public final AlertWorker worker;

    /** Opens the store, starts the dispatcher and the worker (restoring the open alerts). */
    public AlertStack(Path dataDir, List<WebhookTarget> targets, WebhookSettings settings) {
        database = Database.open(new StoreSettings("jdbc:sqlite:" + dataDir.resolve("coastwatch.db"), null, null,
                Duration.ZERO));
        VesselTracker tracker = new VesselTracker(new PlausibilityCheck(LandMask.vietnamRegion()));
        dispatcher = new WebhookDispatcher(database.alerts(), settings, Clock.systemUTC());
        AlertWebhooks webhooks = new AlertWebhooks(targets,
                new AlertViews(vesselId -> Optional.ofNullable(tracker.vessel(vesselId)), zoneId -> Optional.empty(),
                        unitId -> Optional.empty()), JsonMapper.builder().build());
        worker = new AlertWorker(new AlertBook(database.alerts(), webhooks), AlertAudit.of(database), 100, dispatcher::wake,
                Clock.systemUTC(),
                RuleEngine.DEFAULT_WARM_UP_LIMIT);
        dispatcher.start();
        worker.start();
    }

    public AlertStore store() {
        return database.alerts();
    }

    /** Stops as the server does at shutdown: the worker, then the dispatcher, then the store. */
    @Override
    public void close() {
        try {
            worker.close();
            dispatcher.close();
        } finally {
            database.close();
        }
    }
}
