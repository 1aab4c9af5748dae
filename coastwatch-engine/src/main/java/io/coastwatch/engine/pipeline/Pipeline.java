package io.coastwatch.engine.pipeline;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.TrackObserver;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.track.ZoneStage;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The engine's pipeline: sources offer decoded AIS messages and VMS reports on their own threads; a
 * bounded queue holds them for one writer thread, which takes each through the stages of
 * {@link #process}, in the order of {@code docs/architecture.md}:
 * <ol>
 *   <li><b>deduplicate</b>: the same message heard again within the window (10 s of event time by
 *       default) is counted and skipped;</li>
 *   <li><b>track</b>: the {@link VesselTracker} merges it into its vessel's state and judges its
 *       position;</li>
 *   <li><b>history</b>: every position fix, plausible or not, goes to {@link PositionStore#append};</li>
 *   <li><b>zones</b>: the {@link ZoneStage} locates a plausible fix in the zones in force (in port or at
 *       sea) and attaches the vessel's place to the update;</li>
 *   <li><b>rules</b>: the {@link TrackObserver} (the rule engine) judges the update; its detections go
 *       to the <b>alerts</b> stage (the alert book, or the server's alert worker);</li>
 *   <li><b>live</b>: the vessel's new state (which the tracker marks changed, for the next snapshot
 *       save) is handed to the live picture's listeners.</li>
 * </ol>
 * It is assembled by {@link Engine#builder()}. The vessels that changed are saved to the
 * {@link VesselSnapshotStore} every few seconds (5 s by default) and at {@link #close}; {@link #start}
 * restores the live picture from it first.
 *
 * <p>Offers never block: when the queue is full the input is dropped and counted; a producer's own
 * {@link #lane} bounds its share of the queue and may wait for room. Readers of the
 * live picture, on any thread, never block the writer. The stores are not owned: {@link #close}
 * flushes the position store but closes neither.
 *
 * <p>Thread-safe. Life cycle: construct, {@link #start} once, {@link #close} once.
 */
public final class Pipeline implements Ingest, LivePicture, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());
    private static final int BATCH = 1024;
    /**
     * How long the writer sleeps when the queue is empty. It sleeps rather than wait to be woken, so
     * that offers never pay for waking it (a system call per message when the writer keeps up).
     */
    private static final long IDLE_PARK_NANOS = 1_000_000;

    private final PipelineSettings settings;
    private final VesselTracker tracker;
    private final PositionStore positions;
    private final VesselSnapshotStore snapshots;
    private final ZoneStage zones;
    private final TrackObserver observer;
    /** Lock-free: sources offering never wait for each other or for the writer draining. */
    private final InputQueue queue;
    private final Deduplicator deduplicator;
    private final List<Consumer<VesselSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Thread writer;
    private final LongAdder offered = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder processed = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Map<Plausibility, LongAdder> implausible = new EnumMap<>(Plausibility.class);
    private volatile boolean accepting = true;
    private volatile boolean stopping;
    private boolean started;

    /**
     * @param settings queue, deduplication and snapshot limits
     * @param tracker the vessel states (owned by the pipeline's writer thread from {@link #start} on)
     * @param positions where every fix goes
     * @param snapshots where vessel states are saved and restored from
     * @param zones the zones stage, or {@code null} for none
     * @param observer the rules stage (the rule engine), called on the writer thread
     */
    Pipeline(PipelineSettings settings, VesselTracker tracker, PositionStore positions,
            VesselSnapshotStore snapshots, ZoneStage zones, TrackObserver observer) {
        this.zones = zones;
        this.settings = settings;
        this.observer = observer;
        this.tracker = tracker;
        this.positions = positions;
        this.snapshots = snapshots;
        this.queue = new InputQueue(settings.queueCapacity());
        this.deduplicator = new Deduplicator(settings.duplicateWindowMillis(), settings.duplicateCapacity());
        for (Plausibility verdict : Plausibility.values()) {
            if (verdict != Plausibility.PLAUSIBLE) {
                implausible.put(verdict, new LongAdder());
            }
        }
        this.writer = new Thread(this::run, "coastwatch-engine");
    }

    /**
     * Restores the live picture from the snapshot store, hands the restored vessels and the position
     * history to the observer ({@link TrackObserver#onRestore}: the rule engine's warm-up), then starts
     * the writer thread.
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        List<VesselSnapshot> saved = snapshots.loadAll();
        tracker.restore(saved);
        observer.onRestore(tracker.vessels(), positions);
        LOG.log(System.Logger.Level.INFO, "restored {0} vessels", saved.size());
        writer.start();
    }

    @Override
    public boolean offer(AisMessage message, Reception reception) {
        return enqueue(message, reception.eventTimeMillis());
    }

    @Override
    public boolean offer(VmsReport report) {
        return enqueue(report, report.timeMillis());
    }

    @Override
    public Lane lane(int maxQueued) {
        return new QueueLane(queue, maxQueued, offered, dropped, () -> accepting);
    }

    private boolean enqueue(Object input, long eventTimeMillis) {
        offered.increment();
        if (accepting && queue.offer(input, eventTimeMillis)) {
            return true;
        }
        dropped.increment();
        return false;
    }

    /**
     * The stages every input (an AIS message or a VMS report) goes through, in order (see the class
     * comment). Writer thread only.
     */
    private void process(Object input, long eventTimeMillis) {
        if (deduplicator.isDuplicate(input, eventTimeMillis)) {
            duplicates.increment();
            return;
        }
        TrackUpdate update = switch (input) {
            case AisMessage message -> tracker.apply(message, eventTimeMillis);
            case VmsReport report -> tracker.applyVms(report.registrationNumber(), report.vmsDeviceId(),
                    report.timeMillis(), report.latitude(), report.longitude(), report.speedKnots(),
                    report.courseDegrees());
            default -> throw new IllegalArgumentException("not an input: " + input);
        };
        PositionFix fix = update.fix();
        if (fix != null) {
            positions.append(fix);
            if (!fix.isPlausible()) {
                implausible.get(fix.plausibility()).increment();
            }
        }
        TrackUpdate located = zones == null ? update : zones.locate(update);
        observe(located);
        VesselSnapshot vessel = update.vessel();
        if (vessel != null) {
            notifyListeners(vessel);
        }
        processed.increment();
    }

    private void observe(TrackUpdate update) {
        try {
            observer.onUpdate(update);
        } catch (RuntimeException e) {
            failures.increment();
            LOG.log(System.Logger.Level.ERROR, "observer " + observer + " failed on " + update, e);
        }
    }

    private void idle() {
        try {
            if (zones != null) {
                zones.applyPending();
            }
            observer.onIdle();
        } catch (RuntimeException e) {
            failures.increment();
            LOG.log(System.Logger.Level.ERROR, "observer " + observer + " failed when idle", e);
        }
    }

    private void notifyListeners(VesselSnapshot vessel) {
        for (Consumer<VesselSnapshot> listener : listeners) {
            try {
                listener.accept(vessel);
            } catch (RuntimeException e) {
                failures.increment();
                LOG.log(System.Logger.Level.ERROR, "listener " + listener + " failed", e);
            }
        }
    }

    private void run() {
        Object[] batch = new Object[BATCH];
        long[] batchTimesMillis = new long[BATCH];
        long intervalNanos = TimeUnit.MILLISECONDS.toNanos(settings.snapshotIntervalMillis());
        long nextSaveNanos = System.nanoTime() + intervalNanos;
        while (!(stopping && queue.isEmpty())) {
            int count = queue.drain(batch, batchTimesMillis);
            if (count > 0) {
                for (int i = 0; i < count; i++) {
                    processSafely(batch[i], batchTimesMillis[i]);
                    batch[i] = null;
                }
            } else if (Thread.currentThread().isInterrupted()) {
                LOG.log(System.Logger.Level.WARNING, "engine writer interrupted: stopped");
                return;
            } else {
                idle();
                LockSupport.parkNanos(IDLE_PARK_NANOS);
            }
            if (System.nanoTime() - nextSaveNanos >= 0) {
                saveChangedVessels();
                nextSaveNanos = System.nanoTime() + intervalNanos;
            }
        }
    }

    private void processSafely(Object input, long eventTimeMillis) {
        try {
            process(input, eventTimeMillis);
        } catch (RuntimeException e) {
            failures.increment();
            LOG.log(System.Logger.Level.ERROR, "cannot process " + input, e);
        }
    }

    private void saveChangedVessels() {
        List<VesselSnapshot> changed = tracker.takeChanged();
        if (changed.isEmpty()) {
            return;
        }
        try {
            snapshots.saveAll(changed);
        } catch (RuntimeException e) {
            tracker.markChanged(changed);
            LOG.log(System.Logger.Level.ERROR, "cannot save " + changed.size() + " vessel states; will retry", e);
        }
    }

    /**
     * Stops taking offers, processes what is queued, saves the changed vessels and flushes the
     * position store. Offers that race with the close may be dropped (and are counted so).
     */
    @Override
    public void close() {
        accepting = false;
        stopping = true;
        synchronized (this) {
            if (started && writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while closing the engine", e);
                }
            }
        }
        saveChangedVessels();
        positions.flush();
    }

    @Override
    public Collection<VesselSnapshot> vessels() {
        return tracker.vessels();
    }

    @Override
    public Optional<VesselSnapshot> vessel(long vesselId) {
        return Optional.ofNullable(tracker.vessel(vesselId));
    }

    @Override
    public AutoCloseable subscribe(Consumer<VesselSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The counters now. */
    public PipelineStats stats() {
        Map<Plausibility, Long> implausibleCounts = new EnumMap<>(Plausibility.class);
        implausible.forEach((verdict, count) -> implausibleCounts.put(verdict, count.sum()));
        return new PipelineStats(offered.sum(), dropped.sum(), duplicates.sum(), processed.sum(), failures.sum(),
                implausibleCounts, queue.size(), tracker.size());
    }
}
