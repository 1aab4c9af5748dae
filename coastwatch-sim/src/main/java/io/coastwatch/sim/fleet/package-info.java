/**
 * The simulated fleet: vessels with their identity (MMSI, name, registration number, length class,
 * gear, AIS class, VMS unit), their plan of movement, the scripted events that bend their behaviour
 * (AIS or VMS switched off, spoofed positions, a second transmitter on the same MMSI), and the
 * ground truth those events make, computed from the vessels' true tracks.
 */
package io.coastwatch.sim.fleet;
