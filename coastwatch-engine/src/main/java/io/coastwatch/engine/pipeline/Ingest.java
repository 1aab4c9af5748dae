package io.coastwatch.engine.pipeline;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import java.util.concurrent.TimeUnit;

/**
 * The engine's input. Sources decode on their own threads and offer what they decoded; the engine
 * applies it on its single writer thread. Offers never block: when the bounded queue is full the
 * item is dropped and counted, so a flood from one source cannot stall another. Thread-safe.
 *
 * <p>A producer that must not lose input to another's flood offers through its own {@link Lane}: a
 * share of the queue that no other producer can fill, with offers that may wait for room.
 */
public interface Ingest {

    /**
     * Offers one decoded AIS message.
     *
     * @param message the message
     * @param reception how it was received (read during the call only: copy what is kept)
     * @return {@code false} when it was dropped because the queue was full
     */
    boolean offer(AisMessage message, Reception reception);

    /**
     * Offers one VMS report.
     *
     * @return {@code false} when it was dropped because the queue was full
     */
    boolean offer(VmsReport report);

    /**
     * A new lane into the queue for one producer (a source, the VMS endpoint): at most
     * {@code maxQueued} of its inputs wait at once, so a producer that floods fills its own share and
     * no other's. Shares of producers flooding at once may together exceed the queue, which then
     * bounds them all.
     *
     * @param maxQueued most inputs of this lane queued at once (at least 1)
     */
    Lane lane(int maxQueued);

    /**
     * One producer's way into the queue (see {@link #lane}). Offers are counted with the engine's
     * (offered, dropped) as the plain offers are. Thread-safe: several threads of one producer (the
     * connections of a listener, the requests of an endpoint) may share a lane.
     */
    interface Lane {

        /**
         * Offers one decoded AIS message without waiting.
         *
         * @param reception read during the call only
         * @return {@code false} when it was dropped: the lane's share or the queue was full, or the
         *     engine is closing
         */
        boolean offer(AisMessage message, Reception reception);

        /**
         * Offers one decoded AIS message, waiting up to {@code timeout} while the lane's share or the
         * queue is full: a producer that can hold its sender back (a file, a TCP connection, whose
         * sender TCP then slows) waits instead of dropping.
         *
         * @param reception read during the call only
         * @param timeout how long to wait at most; {@link Long#MAX_VALUE} nanoseconds: until taken or
         *     the engine closes
         * @return {@code false} when it was dropped: no room within the time, or the engine is closing
         * @throws InterruptedException when the waiting thread is interrupted (nothing was queued)
         */
        boolean offer(AisMessage message, Reception reception, long timeout, TimeUnit unit)
                throws InterruptedException;

        /**
         * Offers one VMS report, waiting up to {@code timeout} while the lane's share or the queue is
         * full.
         *
         * @return {@code false} when it was dropped: no room within the time, or the engine is closing
         * @throws InterruptedException when the waiting thread is interrupted (nothing was queued)
         */
        boolean offer(VmsReport report, long timeout, TimeUnit unit) throws InterruptedException;

        /** Inputs of this lane waiting in the queue now. */
        int queued();
    }
}
