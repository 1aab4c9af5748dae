package io.coastwatch.engine.port;

import io.coastwatch.engine.track.VesselSnapshot;
import java.util.Collection;
import java.util.List;

/**
 * Persisted vessel states, from which the live picture is restored at start. The engine saves the
 * vessels that changed, periodically and at shutdown; a save replaces the earlier state of each
 * vessel it names. Thread-safe.
 */
public interface VesselSnapshotStore {

    /** Stores (inserts or replaces) these vessels' states, atomically. */
    void saveAll(Collection<VesselSnapshot> vessels);

    /** Every stored vessel state. */
    List<VesselSnapshot> loadAll();
}
