package io.coastwatch.store.position;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Block ids: the microseconds of the wall clock when the block was made, raised where needed so that
 * every id this object gives is larger than the one before. Ids therefore follow the order blocks are
 * written in, across restarts too as long as the clock does not go back; an id only needs to be unique
 * among the blocks of one vessel starting at the same millisecond, which such a step back would not
 * break in practice (and a clash fails the write, which is retried with new ids).
 *
 * <p>Thread-safe.
 */
final class BlockIds {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    BlockIds(Clock clock) {
        this.clock = clock;
    }

    /** The next id. */
    long next() {
        long micros = Math.multiplyExact(clock.millis(), 1000L);
        return last.updateAndGet(previous -> Math.max(previous + 1, micros));
    }
}
