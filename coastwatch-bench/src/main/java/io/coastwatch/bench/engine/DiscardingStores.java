package io.coastwatch.bench.engine;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.port.VesselSnapshotStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.util.Collection;
import java.util.List;

/**
 * Stores that keep nothing, for measuring the engine without storage: every write is accepted and
 * forgotten, every read finds nothing. Stateless; thread-safe.
 */
public final class DiscardingStores implements PositionStore, VesselSnapshotStore {

    @Override
    public void append(PositionFix fix) {
        // kept nowhere: the benchmark measures the engine alone
    }

    @Override
    public void flush() {
        // nothing is pending
    }

    @Override
    public List<PositionFix> track(long vesselId, long fromMillis, long toMillis, int limit) {
        return List.of();
    }

    @Override
    public void scanBox(long fromMillis, long toMillis, double westLongitude, double southLatitude,
            double eastLongitude, double northLatitude, BoxReceiver receiver) {
        // nothing kept, nothing found
    }

    @Override
    public long deleteOlderThan(long timeMillis) {
        return 0;
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public void saveAll(Collection<VesselSnapshot> vessels) {
        // kept nowhere
    }

    @Override
    public List<VesselSnapshot> loadAll() {
        return List.of();
    }
}
