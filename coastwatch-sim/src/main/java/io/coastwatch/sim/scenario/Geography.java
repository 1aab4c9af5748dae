package io.coastwatch.sim.scenario;

import io.coastwatch.sim.motion.LonLat;
import java.util.List;

/**
 * Scenario geography that the demo GeoJSON does not hold. Immutable.
 *
 * @param seaWaypoints clear-water points routes may pass through to get round capes
 * @param nationalLimit the line marked "national limit" for the boundary rules, south to north, the
 *     foreign side to the east (right); schematic in the demo
 * @param areaOfResponsibility id of the area-of-responsibility zone, default {@code NT-AOR}
 */
public record Geography(List<LonLat> seaWaypoints, List<LonLat> nationalLimit, String areaOfResponsibility) {

    public Geography {
        seaWaypoints = seaWaypoints == null ? List.of() : List.copyOf(seaWaypoints);
        nationalLimit = nationalLimit == null ? List.of() : List.copyOf(nationalLimit);
        areaOfResponsibility = areaOfResponsibility == null ? "NT-AOR" : areaOfResponsibility;
    }
}
