package io.coastwatch.store.position;

import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code position_blocks}: fixes of one vessel in time order, at most {@link #MAX_FIXES}
 * of them, the last less than {@link #MAX_SPAN} after the first (readers rely on that span: a block
 * overlapping {@code [from, to)} starts after {@code from - MAX_SPAN}). Immutable.
 *
 * @param vesselId the vessel
 * @param blockId the block's write sequence (see {@link BlockIds}); with the vessel and first time it
 *        keys the row, and of two copies of a fix the one in the lower block id is kept
 * @param fixes the fixes, in time order (ties by source), no two with the same time and source
 */
record PositionBlock(long vesselId, long blockId, List<PositionFix> fixes) {

    /** The most fixes in a block. */
    static final int MAX_FIXES = 1000;
    /** A block's last fix is less than this after its first. */
    static final Duration MAX_SPAN = Duration.ofHours(1);
    static final long MAX_SPAN_MILLIS = MAX_SPAN.toMillis();

    /** The order of a vessel's fixes in a block and in a track. */
    static final Comparator<PositionFix> TIME_ORDER = Comparator.comparingLong(PositionFix::timeMillis)
            .thenComparingInt(fix -> FixColumns.code(fix.source()));

    PositionBlock {
        fixes = List.copyOf(fixes);
    }

    long firstTimeMillis() {
        return fixes.getFirst().timeMillis();
    }

    long lastTimeMillis() {
        return fixes.getLast().timeMillis();
    }

    /**
     * {@code fixes} of one vessel, sorted by {@link #TIME_ORDER} and with the repeats of a fix dropped
     * (the first in {@code fixes} kept), cut into blocks that respect the caps; each block takes the
     * next id of {@code ids}.
     */
    static List<PositionBlock> cut(long vesselId, List<PositionFix> fixes, BlockIds ids) {
        List<PositionFix> sorted = distinctInTimeOrder(fixes);
        List<PositionBlock> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || i - start == MAX_FIXES
                    || sorted.get(i).timeMillis() - sorted.get(start).timeMillis() >= MAX_SPAN_MILLIS) {
                blocks.add(new PositionBlock(vesselId, ids.next(), sorted.subList(start, i)));
                start = i;
            }
        }
        return blocks;
    }

    /** {@code fixes} (of one vessel) in {@link #TIME_ORDER}, each (time, source) once: the first given. */
    static List<PositionFix> distinctInTimeOrder(List<PositionFix> fixes) {
        List<PositionFix> sorted = new ArrayList<>(fixes);
        sorted.sort(TIME_ORDER); // stable: of equal keys the first given comes first
        List<PositionFix> distinct = new ArrayList<>(sorted.size());
        for (PositionFix fix : sorted) {
            if (distinct.isEmpty() || TIME_ORDER.compare(distinct.getLast(), fix) != 0) {
                distinct.add(fix);
            }
        }
        return distinct;
    }

    /** The bounds of this block's plausible fixes; {@code null} when it has none. */
    BoundingBox plausibleBounds() {
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        for (PositionFix fix : fixes) {
            if (fix.isPlausible() && !Double.isNaN(fix.latitude()) && !Double.isNaN(fix.longitude())) {
                south = Math.min(south, fix.latitude());
                north = Math.max(north, fix.latitude());
                west = Math.min(west, fix.longitude());
                east = Math.max(east, fix.longitude());
            }
        }
        return south > north ? null : new BoundingBox(south, north, west, east);
    }

    /** The bounds of a block's plausible fixes, degrees. */
    record BoundingBox(double southLatitude, double northLatitude, double westLongitude, double eastLongitude) {
    }
}
