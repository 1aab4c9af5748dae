package io.coastwatch.engine.pipeline;

import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.lifecycle.AlertBook;
import io.coastwatch.engine.alert.lifecycle.AlertChange;
import io.coastwatch.engine.port.AlertSink;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.TrackObserver;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.EventClock;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RuleFactory;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.track.ZoneStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one assembly of the engine, in the order of {@code docs/architecture.md}'s picture:
 * <b>deduplicate → track → history → zones → rules → alerts → live</b>. The Spring configuration, the
 * benchmarks and the test harnesses all build the engine here:
 * <pre>{@code
 * Engine engine = Engine.builder()
 *         .deduplicate(PipelineSettings.DEFAULTS)        // queue, duplicate window, snapshot interval
 *         .track(new VesselTracker(check))               // merge into the vessel's state, judge the fix
 *         .history(positions, snapshots)                 // every fix stored; vessel states saved
 *         .zones(environment)                            // zones (and registry) in force: in port, at sea
 *         .rules(new StandardRules(), definitions, warmUp)  // the rule instances
 *         .eventClock(EventClock.Bounds.live(wall, ahead))  // their timers' clock, bounded by the wall clock
 *         .alerts(alertWorker)                           // or .alerts(book, changes) on the writer thread
 *         .live(listener)                                // the live picture's listeners
 *         .build();
 * engine.pipeline().start();
 * }</pre>
 * Only {@link #pipeline()}'s writer thread runs the stages; see {@link Pipeline} for the threads and
 * life cycle.
 */
public final class Engine {
    private final Pipeline pipeline;
    private final RuleEngine rules;

    private Engine(Pipeline pipeline, RuleEngine rules) {
        this.pipeline = pipeline;
        this.rules = rules;
    }

    /** An engine to assemble, stage by stage. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pipeline, not started: the writer thread and the live picture. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The rule stage, to replace rules, zones and registry while it runs; {@code null} when it runs no rules. */
    public RuleEngine rules() {
        return rules;
    }

    /** Names each stage of the engine in order; not thread-safe. */
    public static final class Builder {
        private PipelineSettings settings = PipelineSettings.DEFAULTS;
        private VesselTracker tracker;
        private PositionStore positions;
        private VesselSnapshotStore snapshots;
        private EngineEnvironment environment;
        private RuleFactory factory;
        private List<RuleDefinition> definitions = List.of();
        private Duration warmUp = RuleEngine.DEFAULT_WARM_UP_LIMIT;
        private EventClock.Bounds clock = EventClock.Bounds.REPLAY;
        private AlertSink alerts;
        private final List<Consumer<VesselSnapshot>> live = new ArrayList<>();

        private Builder() {
        }

        /** Deduplicate: the queue before the writer, the duplicate window and the snapshot interval. */
        public Builder deduplicate(PipelineSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** Track: the vessel states (owned by the writer thread from the start on). */
        public Builder track(VesselTracker value) {
            this.tracker = Objects.requireNonNull(value, "tracker");
            return this;
        }

        /** History: where every fix goes, and where the vessel states are saved and restored from. */
        public Builder history(PositionStore positionStore, VesselSnapshotStore snapshotStore) {
            this.positions = Objects.requireNonNull(positionStore, "positions");
            this.snapshots = Objects.requireNonNull(snapshotStore, "snapshots");
            return this;
        }

        /**
         * Zones: where each plausible fix is, in the zones of {@code zonesAndRegistry} (its
         * {@link EngineEnvironment#zoneStage()}), which also gives the rules the registry in force. Without
         * it the engine locates nothing and runs no rules.
         */
        public Builder zones(EngineEnvironment zonesAndRegistry) {
            this.environment = Objects.requireNonNull(zonesAndRegistry, "environment");
            return this;
        }

        /**
         * Rules: the rule instances {@code ruleFactory} makes from {@code ruleDefinitions}, their state
         * rebuilt at start from the stored history of at most {@code warmUpLimit}.
         */
        public Builder rules(RuleFactory ruleFactory, List<RuleDefinition> ruleDefinitions, Duration warmUpLimit) {
            this.factory = Objects.requireNonNull(ruleFactory, "factory");
            this.definitions = List.copyOf(ruleDefinitions);
            this.warmUp = Objects.requireNonNull(warmUpLimit, "warmUp");
            return this;
        }

        /** Rules, with the default warm-up limit ({@link RuleEngine#DEFAULT_WARM_UP_LIMIT}). */
        public Builder rules(RuleFactory ruleFactory, List<RuleDefinition> ruleDefinitions) {
            return rules(ruleFactory, ruleDefinitions, RuleEngine.DEFAULT_WARM_UP_LIMIT);
        }

        /**
         * Rules: how far a report may move the event clock their timers run on ({@link EventClock}); by default
         * as when replaying a log (no wall clock).
         */
        public Builder eventClock(EventClock.Bounds bounds) {
            this.clock = Objects.requireNonNull(bounds, "bounds");
            return this;
        }

        /** Alerts: where the rules' detections go, off the writer thread (the server's alert worker). */
        public Builder alerts(AlertSink sink) {
            this.alerts = Objects.requireNonNull(sink, "alerts");
            return this;
        }

        /**
         * Alerts: the life cycle applied on the writer thread itself (tests, benchmarks, the quality
         * harness), each change handed to {@code changes} there.
         */
        public Builder alerts(AlertBook book, Consumer<AlertChange> changes) {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(changes, "changes");
            return alerts((Detection detection) -> book.apply(detection).forEach(changes));
        }

        /** Live: a listener of every vessel's new state, on the writer thread (it must be quick). */
        public Builder live(Consumer<VesselSnapshot> listener) {
            live.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Assembles the stages in order.
         *
         * @throws IllegalStateException when the tracker or the history is missing, or the rules have no
         *     zones or alerts stage
         * @throws IllegalArgumentException when a rule definition is invalid
         */
        public Engine build() {
            if (tracker == null || positions == null) {
                throw new IllegalStateException("an engine needs a tracker and a history");
            }
            if (factory != null && (environment == null || alerts == null)) {
                throw new IllegalStateException("the rules need the zones stage and an alerts stage");
            }
            ZoneStage zoneStage = environment == null ? null : environment.zoneStage();
            RuleEngine ruleStage = factory == null ? null
                    : new RuleEngine(definitions, environment, factory, alerts, warmUp, clock);
            Pipeline pipeline = new Pipeline(settings, tracker, positions, snapshots, zoneStage,
                    ruleStage == null ? TrackObserver.NONE : ruleStage);
            for (Consumer<VesselSnapshot> listener : live) {
                pipeline.subscribe(listener);
            }
            return new Engine(pipeline, ruleStage);
        }
    }
}
