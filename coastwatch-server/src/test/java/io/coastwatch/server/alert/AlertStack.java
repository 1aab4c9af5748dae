package io.coastwatch.server.alert;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.pipeline.Pipeline;
import io.coastwatch.engine.pipeline.PipelineSettings;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert service and webhook dispatcher as the server wires them, on a real SQLite store in
 * {@code dataDir} and a real (idle) engine for the vessel names, without Spring: for tests that stop
 * and start them.
 */
public final class AlertStack implements AutoCloseable {
    public final Database database;
    public final WebhookDispatcher dispatcher;
    public final AlertService service;

    /** Opens the store, starts the dispatcher and the service (restoring the open alerts). */
    public AlertStack(Path dataDir, List<WebhookTarget> targets, WebhookSettings settings) {
        database = Database.open(new StoreSettings("jdbc:sqlite:" + dataDir.resolve("coastwatch.db"), null, null,
                Duration.ZERO));
        Pipeline picture = new Pipeline(new PipelineSettings(16, 0, 0, 1000),
                new VesselTracker(new PlausibilityCheck(LandMask.vietnamRegion())), database.positions(),
                database.vessels());
        dispatcher = new WebhookDispatcher(database.alerts(), settings, Clock.systemUTC());
        service = new AlertService(database.alerts(), new AlertViews(picture::vessel), targets, JsonMapper.builder().build(),
                100, dispatcher::wake, Clock.systemUTC(), RuleEngine.DEFAULT_WARM_UP_LIMIT);
        dispatcher.start();
        service.start();
    }

    public AlertStore store() {
        return database.alerts();
    }

    /** Stops as the server does at shutdown: the service, then the dispatcher, then the store. */
    @Override
    public void close() {
        try {
            service.close();
            dispatcher.close();
        } finally {
            database.close();
        }
    }
}
