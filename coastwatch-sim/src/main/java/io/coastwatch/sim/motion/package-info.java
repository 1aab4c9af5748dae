/**
 * Movement on the WGS-84 ellipsoid's sphere: positions, great-circle steps, land polygons, routes
 * between sea waypoints that keep boats off land, and the legs a vessel's plan is made of (transit,
 * the fishing patterns of each gear, anchoring, drifting, holding station).
 *
 * <p>Distances use a sphere of the WGS-84 mean radius (error below 0.5 % against the ellipsoid, far
 * below the 0.5–2 km error of the demo geography).
 *
 * <p>This geometry is the simulator's own on purpose, beside the engine's ({@code engine/geo}, JTS):
 * the simulator makes the ground truth the engine's detections are scored against, so it must be an
 * oracle independent of the system under test. Were both to share one kernel, an error in it (a
 * wrong distance, a polygon test off at an edge) would move the truth and the detection together and
 * no test would see it. Its names differ from the engine's for the same reason ({@link
 * io.coastwatch.sim.motion.Coast}, {@link io.coastwatch.sim.motion.SimVesselState}), so that a reader
 * never takes one for the other; {@code ArchitectureTest} keeps the simulator off the engine.
 */
package io.coastwatch.sim.motion;
