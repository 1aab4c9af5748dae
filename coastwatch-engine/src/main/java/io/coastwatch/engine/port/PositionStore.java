package io.coastwatch.engine.port;

import io.coastwatch.engine.track.PositionFix;
import java.util.List;

/**
 * The history of every vessel's positions.
 *
 * <p>{@link #append} is called by the engine's single writer thread for every fix and must not block
 * for long: implementations batch writes and make them durable on their own thread, at least once a
 * second, so that a crash loses at most the last second. Reads may come from any thread.
 */
public interface PositionStore extends AutoCloseable {

    /** Queues a fix for storage. */
    void append(PositionFix fix);

    /** Blocks until every fix appended before this call is durable. */
    void flush();

    /**
     * The fixes of one vessel with {@code fromMillis <= time < toMillis}, oldest first, at most
     * {@code limit} of them.
     */
    List<PositionFix> track(long vesselId, long fromMillis, long toMillis, int limit);

    /**
     * Calls {@code receiver} with every plausible fix with {@code fromMillis <= time < toMillis} inside
     * a longitude/latitude box, edges included, on the calling thread, in no promised order (oldest
     * first where the store can): the positions near an area, for questions about it. The box does not
     * cross the antimeridian.
     *
     * @throws IllegalArgumentException when {@code west > east} or {@code south > north}
     */
    void scanBox(long fromMillis, long toMillis, double westLongitude, double southLatitude, double eastLongitude,
            double northLatitude, BoxReceiver receiver);

    /** Receives the fixes of {@link #scanBox}: only what an area question needs. */
    @FunctionalInterface
    interface BoxReceiver {
        void fix(long vesselId, long timeMillis, double latitude, double longitude);
    }

    /** Deletes every fix older than {@code timeMillis}; returns how many (estimated where partitions are dropped). */
    long deleteOlderThan(long timeMillis);

    /** Flushes and releases resources. */
    @Override
    void close();
}
