package io.coastwatch.sim.scenario;

import io.coastwatch.sim.motion.LonLat;
import java.util.List;

/**
 * The background traffic of a scenario. Immutable.
 *
 * @param fishing Vietnamese fishing vessels, by port and length class
 * @param lane cargo ships and tankers on the coastal lane; null for none
 * @param foreignFishing foreign fishing vessels offshore, outside the area of responsibility
 * @param patrolBoats Border Guard patrol boats
 * @param aidsToNavigation AIS aids to navigation (message 21)
 */
public record FleetSettings(List<FishingGroup> fishing, LaneSettings lane, List<ForeignGroup> foreignFishing,
        int patrolBoats, List<AidToNavigation> aidsToNavigation) {

    public FleetSettings {
        fishing = fishing == null ? List.of() : List.copyOf(fishing);
        foreignFishing = foreignFishing == null ? List.of() : List.copyOf(foreignFishing);
        aidsToNavigation = aidsToNavigation == null ? List.of() : List.copyOf(aidsToNavigation);
    }

    /**
     * Fishing vessels of one port and length class.
     *
     * @param port port id in the demo data ({@code PORT-CANA} …)
     * @param count how many
     * @param gear the gears among them, taken in turn
     * @param aisShare share that carries AIS (class A from 24 m, else class B)
     * @param atSeaShare share already at sea when the run starts
     */
    public record FishingGroup(String port, LengthClass lengthClass, int count, List<Gear> gear, double aisShare,
            double atSeaShare) {

        public FishingGroup {
            if (port == null || lengthClass == null || count < 0 || gear == null || gear.isEmpty()) {
                throw new IllegalArgumentException("a fishing group needs a port, a length class, a count and gear");
            }
            gear = List.copyOf(gear);
        }
    }

    /**
     * Through traffic on the lane.
     *
     * @param shipsPerHour ships entering the lane per hour (both directions together)
     * @param tankerShare share of tankers among them
     * @param mids flags to draw from (MIDs)
     */
    public record LaneSettings(double shipsPerHour, double tankerShare, List<Integer> mids) {

        public LaneSettings {
            mids = mids == null || mids.isEmpty() ? List.of(574) : List.copyOf(mids);
        }
    }

    /** Foreign fishing vessels of one flag. */
    public record ForeignGroup(int mid, int count) {
    }

    /**
     * An aid to navigation.
     *
     * @param aidType ITU-R M.1371 type of aid (5 light without sectors, 1 reference point …)
     */
    public record AidToNavigation(String name, LonLat position, int aidType) {
    }
}
