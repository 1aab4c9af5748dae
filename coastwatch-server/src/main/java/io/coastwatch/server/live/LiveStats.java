package io.coastwatch.server.live;

import java.util.concurrent.atomic.LongAdder;

/** Counts of the live feed over all clients. Thread-safe. */
public final class LiveStats {
    final LongAdder sent = new LongAdder();
    final LongAdder coalesced = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder alertsSent = new LongAdder();
    final LongAdder alertsDropped = new LongAdder();

    /** Updates sent to clients. */
    public long sent() {
        return sent.sum();
    }

    /** Updates superseded by a newer state of the same vessel before a (slow or throttled) client took them. */
    public long coalesced() {
        return coalesced.sum();
    }

    /** Vessels not queued because a client had {@link LiveClient#MAX_PENDING} waiting. */
    public long dropped() {
        return dropped.sum();
    }

    /** Alert messages sent to clients. */
    public long alertsSent() {
        return alertsSent.sum();
    }

    /** Alert messages not queued because a client had {@link LiveClient#MAX_PENDING_ALERTS} waiting. */
    public long alertsDropped() {
        return alertsDropped.sum();
    }
}
