package io.coastwatch.engine.track;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline's <b>zones</b> stage, after history and before the rules: locates every plausible fix in
 * the zones in force and keeps each vessel's {@link VesselPlace} (its zones, in port or at sea), which
 * it attaches to the update the rules read ({@link TrackUpdate#place()}).
 *
 * <p>Threads: {@link #locate} and {@link #applyPending} on the engine's writer thread only;
 * {@link #replace} from any thread (the zones are swapped in on the writer thread, at its next update or
 * idle moment, so that the zone stage and the rules see the same zones for each update).
 */
public final class ZoneStage {
    private final AtomicReference<ZoneSet> pending = new AtomicReference<>();
    private final LongMap<VesselPlace> places = new LongMap<>();
    private ZoneSet zones;
    /** Room for the numbers of the zones containing a position. */
    private int[] zoneNumbers;

    /** @param zonesInForce the zones at first */
    public ZoneStage(ZoneSet zonesInForce) {
        swap(zonesInForce);
    }

    /**
     * Locates the update's fix when it is plausible (the vessel's place moves), and returns the update with
     * the vessel's place (null for a vessel never located yet, or an update about no vessel).
     */
    public TrackUpdate locate(TrackUpdate update) {
        applyPending();
        VesselSnapshot vessel = update.vessel();
        if (vessel == null) {
            return update;
        }
        VesselPlace place = places.get(vessel.vesselId());
        PositionFix fix = update.fix();
        if (fix != null && fix.isPlausible()) {
            if (place == null) {
                place = new VesselPlace();
                places.put(vessel.vesselId(), place);
            }
            place.move(fix, zones, zoneNumbers);
        }
        return place == null ? update : update.withPlace(place);
    }

    /** Replaces the zones (swapped in on the writer thread; a later replacement wins over one not yet applied). */
    public void replace(ZoneSet zonesInForce) {
        pending.set(zonesInForce);
    }

    /** Swaps in the zones replaced since the last call. Writer thread only. */
    public void applyPending() {
        if (pending.get() != null) {          // a read per update; the atomic swap only on a change
            swap(pending.getAndSet(null));
        }
    }

    /** The zones in force now. Writer thread only. */
    public ZoneSet zones() {
        return zones;
    }

    private void swap(ZoneSet next) {
        zones = next;
        zoneNumbers = new int[next.index().zones().size()];
    }
}
