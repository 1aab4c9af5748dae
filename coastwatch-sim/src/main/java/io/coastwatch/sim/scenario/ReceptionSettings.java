package io.coastwatch.sim.scenario;

import java.util.List;

/**
 * How AIS transmissions are received. Immutable.
 *
 * @param rangeNauticalMiles range of each shore receiver (VHF line of sight; ~40 nm for a mast on the coast)
 * @param lossProbability chance that a receiver in range misses a message (collisions, fading)
 * @param stations ids of the Border Guard stations that host a receiver; null or empty for all
 * @param satelliteLossProbability chance that the satellite feed misses a message anywhere; 1 for no satellite
 */
public record ReceptionSettings(double rangeNauticalMiles, double lossProbability, List<String> stations,
        double satelliteLossProbability) {

    public ReceptionSettings {
        if (lossProbability < 0 || lossProbability > 1 || satelliteLossProbability < 0 || satelliteLossProbability > 1) {
            throw new IllegalArgumentException("loss probabilities lie between 0 and 1");
        }
        stations = stations == null ? List.of() : List.copyOf(stations);
    }
}
