package io.coastwatch.engine.pipeline;

import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;

/**
 * The engine's input. Sources decode on their own threads and offer what they decoded; the engine
 * applies it on its single writer thread. Offers never block: when the bounded queue is full the
 * item is dropped and counted, so a flood from one source cannot stall another. Thread-safe.
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
}
