package io.coastwatch.engine.port;

import io.coastwatch.engine.track.TrackUpdate;
import io.coastwatch.engine.track.VesselSnapshot;
import java.util.Collection;

/**
 * A stage that follows the tracker on the pipeline's writer thread, such as the rule engine: it sees
 * every {@link TrackUpdate} in the order the writer applies them, after the tracker has merged it and
 * the fix has gone to history, before the live picture's listeners hear of it.
 *
 * <p>Called on the writer thread only: implementations need no locks for their own state, and must
 * be quick, since the pipeline waits for them.
 */
public interface TrackObserver {

    /** Does nothing: a pipeline with no stage after the tracker. */
    TrackObserver NONE = update -> {
    };

    /** One update the tracker produced (its fix may be implausible, or null for static data). */
    void onUpdate(TrackUpdate update);

    /**
     * The writer found its queue empty. A chance to apply pending changes (new rules, zones) while
     * no traffic arrives; the default does nothing.
     */
    default void onIdle() {
    }

    /**
     * The vessels the pipeline restored from the store at start, before any update: a stage with state
     * (timers, windows) rebuilds it, reading the stored {@code history} if it needs the fixes before the
     * restart (it must not append to it). Called once, before the writer thread starts; the default does
     * nothing.
     */
    default void onRestore(Collection<VesselSnapshot> vessels, PositionStore history) {
    }
}
