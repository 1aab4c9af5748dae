package io.coastwatch.engine.track;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A vessel's recent plausible fixes, oldest first, as a read-only list: at least the last
 * {@link #RECENT_MILLIS} of event time, at most {@link #RECENT_MAX} fixes, of which all but the newest
 * are at least {@link #RECENT_SPACING_MILLIS} apart (a fix that came too soon after the one before is
 * replaced by the next). A ring whose length is a power of two, grown as needed.
 *
 * <p>The list follows the vessel's next fixes: copy what is kept beyond a call. Not thread-safe (the
 * engine's writer thread only).
 */
public final class RecentFixes extends AbstractList<PositionFix> implements RandomAccess {
    /** Recent fixes kept: at least this much event time … */
    public static final long RECENT_MILLIS = 4 * 3_600_000L;
    /** … but no more than this many fixes … */
    public static final int RECENT_MAX = 512;
    /** … of which all but the newest are at least this far apart. */
    public static final long RECENT_SPACING_MILLIS = 30_000;

    private PositionFix[] ring = new PositionFix[16];
    private int first;
    private int count;

    /** Adds the fix (the newest); it replaces the newest kept when that one came too soon after the one before. */
    public void remember(PositionFix fix) {
        if (count >= 2 && at(count - 1).timeMillis() - at(count - 2).timeMillis() < RECENT_SPACING_MILLIS) {
            count--;
        }
        if (count == ring.length) {
            PositionFix[] larger = new PositionFix[ring.length * 2];
            for (int i = 0; i < count; i++) {
                larger[i] = at(i);
            }
            ring = larger;
            first = 0;
        }
        ring[(first + count++) & (ring.length - 1)] = fix;
        while (count > RECENT_MAX || (count > 1 && at(0).timeMillis() < fix.timeMillis() - RECENT_MILLIS)) {
            ring[first] = null;
            first = (first + 1) & (ring.length - 1);
            count--;
        }
    }

    private PositionFix at(int index) {
        return ring[(first + index) & (ring.length - 1)];
    }

    @Override
    public PositionFix get(int index) {
        return at(Objects.checkIndex(index, count));
    }

    @Override
    public int size() {
        return count;
    }
}
