package io.coastwatch.sim.fleet;

import io.coastwatch.sim.motion.LonLat;

/**
 * A transmitter that does not move: an AIS base station (message 4) at a Border Guard station, or
 * an aid to navigation (message 21). Immutable.
 *
 * @param id the station id (the receiver's {@code s:} name for a base station)
 * @param aidType ITU-R M.1371 type of aid; 0 for a base station
 */
public record FixedStation(String id, int mmsi, String name, LonLat position, int aidType) {
}
