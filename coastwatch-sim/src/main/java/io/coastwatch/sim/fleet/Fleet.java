package io.coastwatch.sim.fleet;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Everything a run transmits, and how to find its ground truth: the vessels (each scripted event's
 * own among them), the base stations and aids to navigation, and one truth check per scripted
 * event, evaluated on the vessels' logged tracks once the run is over.
 *
 * @param truth checks given the end of the run in UNIX ms; each returns its line, or null when the
 *     behaviour did not happen within the run
 */
public record Fleet(List<Vessel> vessels, List<FixedStation> baseStations, List<FixedStation> aidsToNavigation,
        List<LongFunction<TruthEvent>> truth) {

    public Fleet {
        vessels = List.copyOf(vessels);
        baseStations = List.copyOf(baseStations);
        aidsToNavigation = List.copyOf(aidsToNavigation);
        truth = List.copyOf(truth);
    }
}
