package io.coastwatch.engine.port;

import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.Set;

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
     * The fixes of every vessel with {@code fromMillis <= time < toMillis}, in time order (ties by
     * vessel id), at most {@code limit} of them: the picture of a past period, for replay.
     */
    List<PositionFix> period(long fromMillis, long toMillis, int limit);

    /**
     * The vessels with at least one plausible fix with {@code fromMillis <= time < toMillis} inside a
     * longitude/latitude box, edges included: the candidates of a question about an area, whose
     * tracks are then read with {@link #track}. The box does not cross the antimeridian.
     *
     * @throws IllegalArgumentException when {@code west > east} or {@code south > north}
     */
    Set<Long> vesselsInBox(long fromMillis, long toMillis, double westLongitude, double southLatitude,
            double eastLongitude, double northLatitude);

    /** Deletes every fix older than {@code timeMillis}; returns how many (estimated where partitions are dropped). */
    long deleteOlderThan(long timeMillis);

    /** Flushes and releases resources. */
    @Override
    void close();
}
