package io.coastwatch.engine.port;

import io.coastwatch.engine.alert.Detection;

/**
 * Where the rules' detections go: the alert service, which keeps one open alert per
 * {@link Detection#key()}, stores it, and delivers it (console, webhooks).
 *
 * <p>{@link #accept} is called on the engine's writer thread, in event-time order per vessel: it must
 * return quickly and never block (hand over to a queue). Detection must never wait for delivery.
 */
public interface AlertSink {

    /** Takes one detection. */
    void accept(Detection detection);
}
