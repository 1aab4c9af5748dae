/**
 * What the simulator sends out: AIS messages built from the vessels' states at the reporting
 * intervals of ITU-R M.1371, encoded by the {@code coastwatch-ais} codec as NMEA sentences with
 * tag blocks; the reception model of shore receivers and satellite; the outputs (file, optionally
 * gzip, TCP client, TCP server, UDP); VMS reports (HTTP or file); the ground-truth and records files.
 */
package io.coastwatch.sim.emit;
