package io.coastwatch.ais;

import io.coastwatch.ais.message.AisMessage;

/** Receives each message the {@link AisDecoder} completes, on the decoding thread. */
@FunctionalInterface
public interface AisMessageHandler {

    /**
     * Called once per decoded message.
     *
     * @param message the message (immutable; may be kept)
     * @param reception how it was received; a view reused for the next message, so copy what must
     *     outlive this call
     */
    void onMessage(AisMessage message, Reception reception);
}
