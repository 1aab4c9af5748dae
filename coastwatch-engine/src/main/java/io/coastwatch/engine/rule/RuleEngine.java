package io.coastwatch.engine.rule;

import io.coastwatch.engine.port.AlertSink;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.TrackObserver;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.track.LongMap;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.RecentFixes;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.track.ZoneSet;
import io.coastwatch.engine.zone.Zone;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The pipeline's <b>rules</b> stage: runs the rule instances over every update, on the pipeline's writer
 * thread (a {@link TrackObserver}), after the zones stage ({@link io.coastwatch.engine.track.ZoneStage},
 * which its environment holds) has located the fix; for each update it
 * <ol>
 *   <li>applies the replacements of zones, rules and registry asked for since the last one;</li>
 *   <li>updates the vessel's {@link VesselState} (its place from the zone stage, recent fixes, registry
 *       entry …) from it;</li>
 *   <li>hands its fix, plausible or not, to each enabled rule whose {@link RuleScope} selects the
 *       vessel at the fix's time;</li>
 *   <li>advances the {@link EventClock} and calls every rule's {@link Rule#onClock} at each minute of event
 *       time passed.</li>
 * </ol>
 * A report stamped too far ahead of the event clock (one vessel's time days ahead, or any report ahead of the
 * wall clock when live: see {@link EventClock}) is held back: neither the vessel's state nor the rules see it,
 * and it moves no timer.
 * What rules report goes through {@link Detections} (throttled: raised on start, on a change of
 * severity and every 5 minutes of event time while it holds; ended once) to the {@link AlertSink}.
 *
 * <p>Threads: {@link #onUpdate} and {@link #onIdle} on the writer thread only; {@link #replaceZones},
 * {@link #replaceRules} and {@link #replaceRegistry} from any thread: they build what they can there
 * (zone indexes, rule instances: their errors are thrown to the caller) and leave the swap to the
 * writer thread. A rule that throws is logged (once per rule) and skipped for that call; the others
 * go on.
 */
public final class RuleEngine implements TrackObserver {
    private static final System.Logger LOG = System.getLogger(RuleEngine.class.getName());
    /** The longest history replayed at a restart unless told otherwise: 6 h. */
    public static final Duration DEFAULT_WARM_UP_LIMIT = Duration.ofHours(6);

    private final EngineEnvironment environment;
    private final long warmUpLimitMillis;
    private final RuleFactory factory;
    private final ThrottledDetections detections;
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final LongMap<TrackedVessel> vessels = new LongMap<>();
    private final Set<String> failedRules = new HashSet<>();
    /** The running rules by definition id, in definition order. */
    private Map<String, ScopedRule> rules = new LinkedHashMap<>();
    /** The values of {@link #rules}, in order, for the per-update loops. */
    private ScopedRule[] running = new ScopedRule[0];
    private final EventClock.Bounds clockBounds;
    private final EventClock clock;
    /** The latest time a restored or replayed fix may have at a restart. */
    private long restoreCeilingMillis = Long.MIN_VALUE;
    private volatile List<String> runningRuleIds = List.of();

    /** What the engine asks of each rule selecting a vessel (made once: nothing is allocated per update). */
    private interface RuleCall {
        void call(Rule rule, TrackedVessel vessel, PositionFix fix);
    }

    private final RuleCall onFix;
    private final RuleCall onRestore;

    /** A rule with its scope's vessel filter. */
    private record ScopedRule(Rule rule, VesselScope scope) {
    }

    /**
     * @param definitions the rule instances to run (disabled ones are kept but not run)
     * @param environment zones, registry, distances
     * @param factory makes the rules
     * @param sink where detections go
     * @throws IllegalArgumentException when a definition is invalid or two share an id
     */
    public RuleEngine(List<RuleDefinition> definitions, EngineEnvironment environment, RuleFactory factory,
            AlertSink sink) {
        this(definitions, environment, factory, sink, DEFAULT_WARM_UP_LIMIT);
    }

    /**
     * @param definitions the rule instances to run (disabled ones are kept but not run)
     * @param environment zones, registry, distances
     * @param factory makes the rules
     * @param sink where detections go
     * @param warmUpLimit the longest history replayed at a restart ({@link #onRestore}); zero for none
     * @throws IllegalArgumentException when a definition is invalid or two share an id, or the limit is
     *     negative
     */
    public RuleEngine(List<RuleDefinition> definitions, EngineEnvironment environment, RuleFactory factory,
            AlertSink sink, Duration warmUpLimit) {
        this(definitions, environment, factory, sink, warmUpLimit, EventClock.Bounds.REPLAY);
    }

    /**
     * @param definitions the rule instances to run (disabled ones are kept but not run)
     * @param environment zones, registry, distances
     * @param factory makes the rules
     * @param sink where detections go
     * @param warmUpLimit the longest history replayed at a restart ({@link #onRestore}); zero for none
     * @param clockBounds how far a report may move the event clock (and, when live, the wall clock)
     * @throws IllegalArgumentException when a definition is invalid or two share an id, or the limit is
     *     negative
     */
    public RuleEngine(List<RuleDefinition> definitions, EngineEnvironment environment, RuleFactory factory,
            AlertSink sink, Duration warmUpLimit, EventClock.Bounds clockBounds) {
        this.clockBounds = Objects.requireNonNull(clockBounds, "clockBounds");
        this.clock = new EventClock(clockBounds, this::tick);
        if (warmUpLimit.isNegative()) {
            throw new IllegalArgumentException("the warm-up limit must not be negative: " + warmUpLimit);
        }
        this.warmUpLimitMillis = warmUpLimit.toMillis();
        this.environment = Objects.requireNonNull(environment, "environment");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.detections = new ThrottledDetections(Objects.requireNonNull(sink, "sink"));
        this.onFix = (rule, vessel, fix) -> rule.onFix(vessel, fix, detections);
        this.onRestore = (rule, vessel, fix) -> rule.onRestore(vessel, detections);
        swapRules(build(definitions));
    }


    @Override
    public void onUpdate(TrackUpdate update) {
        applyPending();
        VesselSnapshot snapshot = update.vessel();
        if (snapshot == null) {
            return;
        }
        PositionFix fix = update.fix();
        if (!clock.observe(snapshot.vesselId(), fix != null ? fix.timeMillis() : snapshot.lastSeenMillis())) {
            return;        // stamped too far ahead: held back
        }
        TrackedVessel vessel = vessel(snapshot.vesselId());
        vessel.update(located(update));
        if (fix != null) {
            forEachRuleSelecting(vessel, fix, onFix);
        }
        clock.catchUp();
    }

    @Override
    public void onIdle() {
        applyPending();
    }

    /**
     * Rebuilds the rules' state after a restart, before any live update (see {@link WarmUp}): the vessels
     * whose last plausible fix is older than the warm-up window are taken in from it and handed to the
     * rules' {@link Rule#onRestore} (timers resume); then the stored fixes of the window are replayed
     * through the rules (not the tracker: its state is restored already), the static data coming from
     * the restored snapshots; a vessel whose last fix the history lacks is then taken in from it as well.
     * RAISED detections are held back meanwhile (they were reported before the restart); at the end the
     * conditions holding are reported once each (the alert service updates their open alert). The event
     * clock ends at the latest restored fix that the clock would have taken ({@link #latestRestored}): a
     * vessel's fix stamped days ahead, saved before the restart, neither sets the window nor is replayed.
     */
    @Override
    public void onRestore(Collection<VesselSnapshot> restored, PositionStore history) {
        applyPending();
        LongMap<VesselSnapshot> byId = new LongMap<>();
        for (VesselSnapshot snapshot : restored) {
            byId.put(snapshot.vesselId(), snapshot);
        }
        long latestMillis = latestRestored(restored);
        if (latestMillis == Long.MIN_VALUE) {
            return;
        }
        restoreCeilingMillis = latestMillis;
        WarmUp warmUp = new WarmUp(history, warmUpMillis(), latestMillis);
        detections.mute();
        try {
            for (VesselSnapshot snapshot : restored) {
                if (snapshot.lastFix() != null && snapshot.lastFix().timeMillis() < warmUp.fromMillis()) {
                    restoreFromLastFix(snapshot);
                }
            }
            warmUp.replay(fix -> {
                VesselSnapshot snapshot = byId.get(fix.vesselId());
                if (snapshot != null && clock.observeRestored(fix.timeMillis(), restoreCeilingMillis)) {
                    TrackedVessel vessel = vessel(fix.vesselId());
                    vessel.update(located(new TrackUpdate(fix, snapshot)));
                    forEachRuleSelecting(vessel, fix, onFix);
                    clock.catchUp();
                }
            });
            for (VesselSnapshot snapshot : restored) {
                PositionFix fix = snapshot.lastFix();
                if (fix != null && fix.timeMillis() >= warmUp.fromMillis()) {
                    PositionFix replayed = vessel(snapshot.vesselId()).lastFix();
                    if (replayed == null || replayed.timeMillis() < fix.timeMillis()) {
                        restoreFromLastFix(snapshot);     // its last fixes are missing from the history
                    }
                }
            }
        } finally {
            detections.unmute();
        }
    }

    /**
     * The latest of the restored vessels' last fixes that the event clock takes when it sees them in time
     * order: the latest but for a lone vessel far ahead of the others; {@link Long#MIN_VALUE} when none.
     */
    private long latestRestored(Collection<VesselSnapshot> restored) {
        EventClock probe = new EventClock(clockBounds, tickMillis -> { });
        restored.stream().map(VesselSnapshot::lastFix).filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(PositionFix::timeMillis))
                .forEach(fix -> probe.observe(fix.vesselId(), fix.timeMillis()));
        return probe.nowMillis();
    }

    /**
     * The update located by the zone stage: in the pipeline the stage ran before (the update has the
     * vessel's place); an update it has not seen (the warm-up's replay, or a rule engine run on its own in a
     * test or benchmark) is located here.
     */
    private TrackUpdate located(TrackUpdate update) {
        PositionFix fix = update.fix();
        return update.place() == null && fix != null && fix.isPlausible()
                ? environment.zoneStage().locate(update) : update;
    }

    /** Takes in a restored vessel from its last plausible fix alone, for the rules' {@link Rule#onRestore}. */
    private void restoreFromLastFix(VesselSnapshot snapshot) {
        PositionFix fix = snapshot.lastFix();
        if (!clock.observeRestored(fix.timeMillis(), restoreCeilingMillis)) {
            return;
        }
        TrackedVessel vessel = vessel(snapshot.vesselId());
        vessel.update(located(new TrackUpdate(fix, snapshot)));
        forEachRuleSelecting(vessel, fix, onRestore);
        clock.catchUp();
    }

    /**
     * The warm-up window: the longest duration among the running rules' parameters, and at least the
     * recent fixes a vessel keeps ({@link RecentFixes#RECENT_MILLIS}), at most the engine's limit.
     */
    long warmUpMillis() {
        long needMillis = RecentFixes.RECENT_MILLIS;
        for (ScopedRule scoped : running) {
            needMillis = Math.max(needMillis, scoped.rule().definition().longestDuration().toMillis());
        }
        return Math.min(needMillis, warmUpLimitMillis);
    }

    /**
     * Calls {@code call} with each running rule whose scope selects the vessel at the fix's time; a rule
     * that throws is skipped.
     */
    private void forEachRuleSelecting(TrackedVessel vessel, PositionFix fix, RuleCall call) {
        for (ScopedRule scoped : running) {
            if (scoped.scope().selects(vessel, fix.timeMillis())) {
                try {
                    call.call(scoped.rule(), vessel, fix);
                } catch (RuntimeException e) {
                    failed(scoped.rule(), e);
                }
            }
        }
    }

    private TrackedVessel vessel(long vesselId) {
        TrackedVessel vessel = vessels.get(vesselId);
        if (vessel == null) {
            vessel = new TrackedVessel(vesselId, environment);
            vessels.put(vesselId, vessel);
        }
        return vessel;
    }

    private void tick(long nowMillis) {
        for (ScopedRule scoped : running) {
            try {
                scoped.rule().onClock(nowMillis, detections);
            } catch (RuntimeException e) {
                failed(scoped.rule(), e);
            }
        }
    }

    private void failed(Rule rule, RuntimeException e) {
        if (failedRules.add(rule.definition().id())) {
            LOG.log(System.Logger.Level.ERROR, "rule " + rule.definition().id() + " failed (logged once)", e);
        }
    }

    /** Replaces the zones: indexes built now, on the caller's thread; swapped in on the writer thread. */
    public void replaceZones(List<Zone> zones) {
        environment.zoneStage().replace(ZoneSet.of(zones, environment.land()));
    }

    /**
     * Replaces the rule instances. Instances whose definition is unchanged keep running with their
     * state (timers); the conditions of removed or changed ones end.
     *
     * @throws IllegalArgumentException when a definition is invalid (the message names the rule and
     *     the parameter) or two share an id; nothing is replaced then
     */
    public void replaceRules(List<RuleDefinition> definitions) {
        Map<String, ScopedRule> built = build(definitions);
        pending.add(() -> swapRules(built));
    }

    /** Replaces the registry (swapped in on the writer thread; vessels look themselves up again). */
    public void replaceRegistry(VesselRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        pending.add(() -> environment.replace(registry));
    }

    /** The event clock the rules' timers run on (writer thread only). */
    public EventClock clock() {
        return clock;
    }

    /** The ids of the rule instances running now (the enabled ones), in definition order. Any thread. */
    public List<String> runningRuleIds() {
        return runningRuleIds;
    }

    private Map<String, ScopedRule> build(List<RuleDefinition> definitions) {
        Map<String, ScopedRule> built = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (RuleDefinition definition : definitions) {
            if (!ids.add(definition.id())) {
                throw new IllegalArgumentException("two rules have the id " + definition.id());
            }
            if (definition.enabled()) {
                built.put(definition.id(), new ScopedRule(factory.create(definition, environment),
                        new VesselScope(definition.scope())));
            }
        }
        return built;
    }

    private void swapRules(Map<String, ScopedRule> built) {
        Map<String, ScopedRule> next = new LinkedHashMap<>();
        for (Map.Entry<String, ScopedRule> entry : built.entrySet()) {
            ScopedRule fresh = entry.getValue();
            ScopedRule old = rules.get(entry.getKey());
            boolean unchanged = old != null && old.rule().definition().equals(fresh.rule().definition());
            next.put(entry.getKey(), unchanged ? old : fresh);
        }
        for (Map.Entry<String, ScopedRule> entry : rules.entrySet()) {
            ScopedRule now = next.get(entry.getKey());
            if (now != entry.getValue()) {
                detections.endRule(entry.getKey(), clock.nowMillis());
            }
        }
        rules = next;
        this.running = next.values().toArray(new ScopedRule[0]);
        runningRuleIds = List.copyOf(next.keySet());
        failedRules.clear();
    }

    private void applyPending() {
        environment.zoneStage().applyPending();
        Runnable change;
        while ((change = pending.poll()) != null) {
            change.run();
        }
    }
}
