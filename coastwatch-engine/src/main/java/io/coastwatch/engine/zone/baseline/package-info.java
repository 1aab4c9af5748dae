/**
 * Maritime zones built from a baseline (UNCLOS Art. 3, 33, 57; Law of the Sea of Viet Nam 2012):
 * geodesic buffers computed in local azimuthal equidistant projections.
 */
package io.coastwatch.engine.zone.baseline;
