package io.coastwatch.engine.rule;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stored fixes of the last stretch of event time before a restart, read back in time order for the
 * rule engine to rebuild its rules' state ({@link RuleEngine#onRestore}). The history is read in slices of
 * {@link #SLICE_MILLIS} of event time, at most {@link #PAGE} fixes a read (a slice holding more is read
 * on from the last time reached), so memory stays bounded whatever the traffic.
 *
 * <p>Not thread-safe: used once, on the thread that restores the engine.
 */
final class WarmUp {
    /** Event time read from the history at once: 10 minutes. */
    static final long SLICE_MILLIS = 10 * 60_000L;
    /** Most fixes read at once. */
    static final int PAGE = 10_000;

    private final PositionStore history;
    private final long fromMillis;
    private final long toMillis;

    /**
     * @param history the stored fixes
     * @param windowMillis how far back from {@code latestMillis} to read (0 or more)
     * @param latestMillis the latest fix before the restart: read up to it, included
     */
    WarmUp(PositionStore history, long windowMillis, long latestMillis) {
        this.history = history;
        this.fromMillis = latestMillis - windowMillis;
        this.toMillis = latestMillis + 1;
    }

    /** The start of the window: the fixes at or after it are replayed. */
    long fromMillis() {
        return fromMillis;
    }

    /** Calls {@code receiver} with every stored fix of the window (plausible or not), oldest first. */
    void replay(Consumer<PositionFix> receiver) {
        for (long sliceMillis = fromMillis; sliceMillis < toMillis; sliceMillis += SLICE_MILLIS) {
            long endMillis = Math.min(sliceMillis + SLICE_MILLIS, toMillis);
            long readFromMillis = sliceMillis;
            int seenAtFrom = 0;     // fixes at readFromMillis already replayed (ties: read again, skipped)
            while (true) {
                List<PositionFix> page = history.period(readFromMillis, endMillis, seenAtFrom + PAGE);
                for (int i = seenAtFrom; i < page.size(); i++) {
                    receiver.accept(page.get(i));
                }
                if (page.size() < seenAtFrom + PAGE) {
                    break;
                }
                long lastMillis = page.getLast().timeMillis();
                int atLast = 0;
                for (int i = page.size() - 1; i >= 0 && page.get(i).timeMillis() == lastMillis; i--) {
                    atLast++;
                }
                seenAtFrom = lastMillis == readFromMillis ? page.size() : atLast;
                readFromMillis = lastMillis;
            }
        }
    }
}
