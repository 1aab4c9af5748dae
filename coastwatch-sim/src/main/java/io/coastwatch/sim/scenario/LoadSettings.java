package io.coastwatch.sim.scenario;

import io.coastwatch.sim.motion.LonLat;

/**
 * The load mode: many vessels spread over a box, at the reporting rates of the standard, every
 * message received (no reception model), no land avoidance. For benchmarks. Immutable.
 *
 * @param vessels how many
 * @param southWest corner of the box
 * @param northEast corner of the box
 * @param classAShare share of Class A transponders (the rest are Class B)
 */
public record LoadSettings(int vessels, LonLat southWest, LonLat northEast, double classAShare) {

    public LoadSettings {
        if (vessels < 0 || southWest == null || northEast == null) {
            throw new IllegalArgumentException("load needs a vessel count and a box");
        }
    }
}
