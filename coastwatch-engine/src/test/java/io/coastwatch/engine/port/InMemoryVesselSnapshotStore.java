package io.coastwatch.engine.port;

import io.coastwatch.engine.track.VesselSnapshot;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Vessel states in a map, for the engine's tests. Thread-safe (synchronized). */
public final class InMemoryVesselSnapshotStore implements VesselSnapshotStore {
    private final Map<Long, VesselSnapshot> vessels = new LinkedHashMap<>();
    private int saves;

    @Override
    public synchronized void saveAll(Collection<VesselSnapshot> states) {
        states.forEach(state -> vessels.put(state.vesselId(), state));
        saves++;
    }

    @Override
    public synchronized List<VesselSnapshot> loadAll() {
        return List.copyOf(vessels.values());
    }

    /** How many times {@link #saveAll} was called. */
    public synchronized int saves() {
        return saves;
    }
}
