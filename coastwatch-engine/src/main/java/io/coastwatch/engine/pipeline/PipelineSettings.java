package io.coastwatch.engine.pipeline;

/**
 * The pipeline's limits. Immutable.
 *
 * @param queueCapacity inputs waiting for the writer thread; offers beyond are dropped and counted
 * @param duplicateWindowMillis event time within which the same message heard again (by another
 *     receiver) counts as a duplicate
 * @param duplicateCapacity most messages remembered for deduplication: under a flood the window
 *     shrinks to this many messages rather than growing the memory
 * @param snapshotIntervalMillis how often (wall-clock time) the changed vessels are saved
 */
public record PipelineSettings(
        int queueCapacity,
        long duplicateWindowMillis,
        int duplicateCapacity,
        long snapshotIntervalMillis) {

    /** 65 536 queued inputs, a 10 s duplicate window of at most 1M messages, snapshots every 5 s. */
    public static final PipelineSettings DEFAULTS = new PipelineSettings(65_536, 10_000, 1_000_000, 5_000);

    /** Checks the limits. */
    public PipelineSettings {
        if (queueCapacity < 1 || duplicateWindowMillis < 0 || duplicateCapacity < 0 || snapshotIntervalMillis < 1) {
            throw new IllegalArgumentException("invalid pipeline settings: " + queueCapacity + ", "
                    + duplicateWindowMillis + ", " + duplicateCapacity + ", " + snapshotIntervalMillis);
        }
    }
}
