package io.coastwatch.engine.pipeline;

import io.coastwatch.engine.track.VesselSnapshot;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The current state of every vessel, for readers on any thread (the API, the WebSocket). Reads see
 * a recent, consistent state of each vessel; they never block the engine.
 */
public interface LivePicture {

    /** Every vessel currently known. */
    Collection<VesselSnapshot> vessels();

    /** One vessel. */
    Optional<VesselSnapshot> vessel(long vesselId);

    /**
     * Calls {@code listener} with each vessel's new state after every update, on the engine's thread:
     * the listener must return quickly (hand over, never block).
     *
     * @return closing it ends the subscription
     */
    AutoCloseable subscribe(Consumer<VesselSnapshot> listener);
}
