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
 * a ring of primitive columns whose length is a power of two, grown as needed, about 25 bytes a fix
 * instead of a {@link PositionFix} object and its reference (about 84). A fix is read back as a new
 * {@link PositionFix} with its position to 10⁻⁷ degree (about 1 cm) and its speed and course to a tenth
 * of a knot and of a degree, as AIS reports them; time, heading, navigation status, source and
 * plausibility are kept as they are. All fixes are one vessel's.
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

    private static final int INITIAL_CAPACITY = 16;
    private static final double E7 = 1e7;
    private static final short NOT_AVAILABLE = Short.MIN_VALUE;
    private static final FixSource[] SOURCES = FixSource.values();
    private static final Plausibility[] PLAUSIBILITIES = Plausibility.values();

    private long vesselId;
    private long[] times = new long[INITIAL_CAPACITY];
    private int[] latitudesE7 = new int[INITIAL_CAPACITY];
    private int[] longitudesE7 = new int[INITIAL_CAPACITY];
    private short[] speedsTenths = new short[INITIAL_CAPACITY];
    private short[] coursesTenths = new short[INITIAL_CAPACITY];
    private short[] headings = new short[INITIAL_CAPACITY];
    private byte[] navigationStatuses = new byte[INITIAL_CAPACITY];
    private byte[] sources = new byte[INITIAL_CAPACITY];
    private byte[] plausibilities = new byte[INITIAL_CAPACITY];
    private int first;
    private int count;

    /**
     * Adds the fix (the newest); it replaces the newest kept when that one came too soon after the one
     * before.
     *
     * @throws IllegalArgumentException when the fix is another vessel's than those kept
     */
    public void remember(PositionFix fix) {
        if (count == 0) {
            vesselId = fix.vesselId();
        } else if (fix.vesselId() != vesselId) {
            throw new IllegalArgumentException("a fix of vessel " + fix.vesselId() + " among those of " + vesselId);
        }
        if (count >= 2 && time(count - 1) - time(count - 2) < RECENT_SPACING_MILLIS) {
            count--;
        }
        if (count == times.length) {
            grow();
        }
        write((first + count++) & (times.length - 1), fix);
        while (count > RECENT_MAX || (count > 1 && time(0) < fix.timeMillis() - RECENT_MILLIS)) {
            first = (first + 1) & (times.length - 1);
            count--;
        }
    }

    private long time(int index) {
        return times[(first + index) & (times.length - 1)];
    }

    private void write(int slot, PositionFix fix) {
        times[slot] = fix.timeMillis();
        latitudesE7[slot] = (int) Math.round(fix.latitude() * E7);
        longitudesE7[slot] = (int) Math.round(fix.longitude() * E7);
        speedsTenths[slot] = tenths(fix.speedKnots());
        coursesTenths[slot] = tenths(fix.courseDegrees());
        headings[slot] = (short) fix.headingDegrees();
        navigationStatuses[slot] = (byte) fix.navigationStatus();
        sources[slot] = (byte) fix.source().ordinal();
        plausibilities[slot] = (byte) fix.plausibility().ordinal();
    }

    private static short tenths(double value) {
        return Double.isFinite(value) && Math.abs(value) < Short.MAX_VALUE / 10.0 ? (short) Math.round(value * 10)
                : NOT_AVAILABLE;
    }

    private static double ofTenths(short tenths) {
        return tenths == NOT_AVAILABLE ? Double.NaN : tenths / 10.0;
    }

    /** Doubles the full columns, the oldest fix first. */
    private void grow() {
        int capacity = times.length * 2;
        times = unrolled(times, new long[capacity]);
        latitudesE7 = unrolled(latitudesE7, new int[capacity]);
        longitudesE7 = unrolled(longitudesE7, new int[capacity]);
        speedsTenths = unrolled(speedsTenths, new short[capacity]);
        coursesTenths = unrolled(coursesTenths, new short[capacity]);
        headings = unrolled(headings, new short[capacity]);
        navigationStatuses = unrolled(navigationStatuses, new byte[capacity]);
        sources = unrolled(sources, new byte[capacity]);
        plausibilities = unrolled(plausibilities, new byte[capacity]);
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
        int slot = (first + Objects.checkIndex(index, count)) & (times.length - 1);
        return new PositionFix(vesselId, times[slot], latitudesE7[slot] / E7, longitudesE7[slot] / E7,
                ofTenths(speedsTenths[slot]), ofTenths(coursesTenths[slot]), headings[slot], navigationStatuses[slot],
                SOURCES[sources[slot]], PLAUSIBILITIES[plausibilities[slot]]);
    }

    @Override
    public int size() {
        return count;
    }
}
