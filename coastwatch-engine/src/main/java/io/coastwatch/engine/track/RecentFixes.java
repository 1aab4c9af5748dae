package io.coastwatch.engine.track;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A vessel's recent plausible fixes, oldest first, as a read-only list: at least the last
 * {@link #RECENT_MILLIS} of event time, at most {@link #RECENT_MAX} fixes, of which all but the newest
 * are at least {@link #RECENT_SPACING_MILLIS} apart (a fix that came too soon after the one before is
 * replaced by the next).
 *
 * <p>Kept compact, since every vessel has one (the rule state's budget is 10 KB a vessel, issue 12 §3):
 * a ring of primitive columns, grown by half as needed up to {@link #RECENT_MAX}, 20 bytes a fix instead
 * of a {@link PositionFix} object and its reference (about 84). A fix is read back as a new
 * {@link PositionFix} with its position to 10⁻⁷ degree (about 1 cm) and its speed and course to a tenth
 * of a knot and of a degree, as AIS reports them; time (kept as milliseconds from a base moved when a
 * fix lies more than 24 days from it: kept fixes that far from the newest leave), heading, navigation
 * status and source are kept as they are. All fixes are one vessel's, and plausible.
 *
 * <p>The list follows the vessel's next fixes: copy what is kept beyond a call. Not thread-safe (the
 * engine's writer thread only).
 */
public final class RecentFixes extends AbstractList<PositionFix> implements RandomAccess {
    /** Recent fixes kept: at least this much event time … */
    public static final long RECENT_MILLIS = 4 * 3_600_000L;
    /** … of which all but the newest are at least this far apart … */
    public static final long RECENT_SPACING_MILLIS = 30_000;
    /** … and no more than this many: all that the window can hold when the fixes come in time order. */
    public static final int RECENT_MAX = (int) (RECENT_MILLIS / RECENT_SPACING_MILLIS) + 2;

    private static final int INITIAL_CAPACITY = 16;
    private static final double E7 = 1e7;
    private static final short NOT_AVAILABLE = Short.MIN_VALUE;
    private static final FixSource[] SOURCES = FixSource.values();

    private long vesselId;
    /** Event times are kept as milliseconds from this base. */
    private long baseMillis;
    private int[] timeOffsets = new int[INITIAL_CAPACITY];
    private int[] latitudesE7 = new int[INITIAL_CAPACITY];
    private int[] longitudesE7 = new int[INITIAL_CAPACITY];
    private short[] speedsTenths = new short[INITIAL_CAPACITY];
    private short[] coursesTenths = new short[INITIAL_CAPACITY];
    private short[] headings = new short[INITIAL_CAPACITY];
    private byte[] navigationStatuses = new byte[INITIAL_CAPACITY];
    private byte[] sources = new byte[INITIAL_CAPACITY];
    private int first;
    private int count;

    /**
     * Adds the fix (the newest); it replaces the newest kept when that one came too soon after the one
     * before.
     *
     * @throws IllegalArgumentException when the fix is another vessel's than those kept, or not plausible
     */
    public void remember(PositionFix fix) {
        if (!fix.isPlausible()) {
            throw new IllegalArgumentException("an implausible fix (" + fix.plausibility() + ") among the recent ones");
        }
        if (count == 0) {
            vesselId = fix.vesselId();
            baseMillis = fix.timeMillis();
        } else if (fix.vesselId() != vesselId) {
            throw new IllegalArgumentException("a fix of vessel " + fix.vesselId() + " among those of " + vesselId);
        } else if (fix.timeMillis() - baseMillis != (int) (fix.timeMillis() - baseMillis)) {
            rebase(fix.timeMillis());
        }
        if (count >= 2 && time(count - 1) - time(count - 2) < RECENT_SPACING_MILLIS) {
            count--;
        }
        if (count == timeOffsets.length) {
            grow();
        }
        write(slot(count++), fix);
        while (count > RECENT_MAX || (count > 1 && time(0) < fix.timeMillis() - RECENT_MILLIS)) {
            first = slot(1);
            count--;
        }
    }

    /** Moves the base to {@code timeMillis}, dropping the kept fixes whose offset from it does not fit. */
    private void rebase(long timeMillis) {
        int kept = 0;
        for (int index = 0; index < count; index++) {
            long offset = time(index) - timeMillis;
            if (offset == (int) offset) {
                copy(slot(index), slot(kept));
                timeOffsets[slot(kept++)] = (int) offset;
            }
        }
        count = kept;
        baseMillis = timeMillis;
    }

    private void copy(int from, int to) {
        timeOffsets[to] = timeOffsets[from];
        latitudesE7[to] = latitudesE7[from];
        longitudesE7[to] = longitudesE7[from];
        speedsTenths[to] = speedsTenths[from];
        coursesTenths[to] = coursesTenths[from];
        headings[to] = headings[from];
        navigationStatuses[to] = navigationStatuses[from];
        sources[to] = sources[from];
    }

    /** The ring's slot of the {@code index}-th kept fix, oldest first. */
    private int slot(int index) {
        int slot = first + index;
        return slot < timeOffsets.length ? slot : slot - timeOffsets.length;
    }

    private long time(int index) {
        return baseMillis + timeOffsets[slot(index)];
    }

    private void write(int slot, PositionFix fix) {
        timeOffsets[slot] = (int) (fix.timeMillis() - baseMillis);
        latitudesE7[slot] = (int) Math.round(fix.latitude() * E7);
        longitudesE7[slot] = (int) Math.round(fix.longitude() * E7);
        speedsTenths[slot] = tenths(fix.speedKnots());
        coursesTenths[slot] = tenths(fix.courseDegrees());
        headings[slot] = (short) fix.headingDegrees();
        navigationStatuses[slot] = (byte) fix.navigationStatus();
        sources[slot] = (byte) fix.source().ordinal();
    }

    private static short tenths(double value) {
        return Double.isFinite(value) && Math.abs(value) < Short.MAX_VALUE / 10.0 ? (short) Math.round(value * 10)
                : NOT_AVAILABLE;
    }

    private static double ofTenths(short tenths) {
        return tenths == NOT_AVAILABLE ? Double.NaN : tenths / 10.0;
    }

    /** Grows the full columns by half, at most to {@link #RECENT_MAX}, the oldest fix first. */
    private void grow() {
        int capacity = Math.min(RECENT_MAX + 1, timeOffsets.length + timeOffsets.length / 2);
        timeOffsets = unrolled(timeOffsets, new int[capacity]);
        latitudesE7 = unrolled(latitudesE7, new int[capacity]);
        longitudesE7 = unrolled(longitudesE7, new int[capacity]);
        speedsTenths = unrolled(speedsTenths, new short[capacity]);
        coursesTenths = unrolled(coursesTenths, new short[capacity]);
        headings = unrolled(headings, new short[capacity]);
        navigationStatuses = unrolled(navigationStatuses, new byte[capacity]);
        sources = unrolled(sources, new byte[capacity]);
        first = 0;
    }

    /** The full ring column {@code from} copied into {@code to}, oldest first. */
    private <A> A unrolled(A from, A to) {
        System.arraycopy(from, first, to, 0, count - first);
        System.arraycopy(from, 0, to, count - first, first);
        return to;
    }

    @Override
    public PositionFix get(int index) {
        int slot = slot(Objects.checkIndex(index, count));
        return new PositionFix(vesselId, baseMillis + timeOffsets[slot], latitudesE7[slot] / E7,
                longitudesE7[slot] / E7, ofTenths(speedsTenths[slot]), ofTenths(coursesTenths[slot]), headings[slot],
                navigationStatuses[slot], SOURCES[sources[slot]], Plausibility.PLAUSIBLE);
    }

    @Override
    public int size() {
        return count;
    }
}
