package io.coastwatch.engine.port;

import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A position store in a list, for the engine's tests. Thread-safe (synchronized). */
public final class InMemoryPositionStore implements PositionStore {
    private final List<PositionFix> fixes = new ArrayList<>();
    private int flushes;

    @Override
    public synchronized void append(PositionFix fix) {
        fixes.add(fix);
    }

    @Override
    public synchronized void flush() {
        flushes++;
    }

    @Override
    public synchronized List<PositionFix> track(long vesselId, long fromMillis, long toMillis, int limit) {
        return fixes.stream()
                .filter(fix -> fix.vesselId() == vesselId && fix.timeMillis() >= fromMillis && fix.timeMillis() < toMillis)
                .sorted(Comparator.comparingLong(PositionFix::timeMillis))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void scanBox(long fromMillis, long toMillis, double westLongitude, double southLatitude,
            double eastLongitude, double northLatitude, BoxReceiver receiver) {
        fixes.stream()
                .filter(fix -> fix.isPlausible() && fix.timeMillis() >= fromMillis && fix.timeMillis() < toMillis
                        && fix.longitude() >= westLongitude && fix.longitude() <= eastLongitude
                        && fix.latitude() >= southLatitude && fix.latitude() <= northLatitude)
                .sorted(Comparator.comparingLong(PositionFix::timeMillis))
                .forEach(fix -> receiver.fix(fix.vesselId(), fix.timeMillis(), fix.latitude(), fix.longitude()));
    }

    @Override
    public synchronized long deleteOlderThan(long timeMillis) {
        int before = fixes.size();
        fixes.removeIf(fix -> fix.timeMillis() < timeMillis);
        return before - fixes.size();
    }

    @Override
    public void close() {
        flush();
    }

    /** Every fix appended, in order. */
    public synchronized List<PositionFix> all() {
        return List.copyOf(fixes);
    }

    /** How many times {@link #flush} was called. */
    public synchronized int flushes() {
        return flushes;
    }
}
