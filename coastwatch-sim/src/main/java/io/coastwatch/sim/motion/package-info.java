/**
 * Movement on the WGS-84 ellipsoid's sphere: positions, great-circle steps, land polygons, routes
 * between sea waypoints that keep boats off land, and the legs a vessel's plan is made of (transit,
 * the fishing patterns of each gear, anchoring, drifting, holding station).
 *
 * <p>Distances use a sphere of the WGS-84 mean radius (error below 0.5 % against the ellipsoid, far
 * below the 0.5–2 km error of the demo geography).
 */
package io.coastwatch.sim.motion;
