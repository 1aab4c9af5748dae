package io.coastwatch.store.position;

/**
 * Counters of a position store since it was opened.
 *
 * @param appended fixes accepted into the queue
 * @param written fixes written (stored, or already present and kept once)
 * @param failed fixes whose batch still failed after every retry (each failure is logged)
 * @param dropped fixes refused because the queue stayed full (the writer could not keep up)
 * @param batches batches committed
 * @param queued fixes waiting in the queue now
 */
public record PositionStoreStats(long appended, long written, long failed, long dropped, long batches, int queued) {
}
