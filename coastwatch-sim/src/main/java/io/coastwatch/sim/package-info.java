/**
 * The Coastwatch traffic simulator: {@link io.coastwatch.sim.Simulator} runs a scenario
 * ({@code scenario/}) — a fleet that moves ({@code motion/}, {@code fleet/}) — on a simulated
 * clock and sends what real feeds would ({@code emit/}): AIS NMEA, VMS reports, and the ground
 * truth of its scripted events. Depends on the AIS codec, never on the server or the store.
 */
package io.coastwatch.sim;
