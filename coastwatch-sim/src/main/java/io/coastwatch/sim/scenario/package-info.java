/**
 * Scenario files (YAML or JSON) and the geography they refer to: the fleet (by port, length class and gear), behaviours, scripted
 * events, seed, start time, duration and speed factor of a run; the demo area's zones, ports, Border
 * Guard stations, shipping lane and land, read from the GeoJSON shipped in this module.
 */
package io.coastwatch.sim.scenario;
