/**
 * NMEA 0183 framing of AIS: {@code !xxVDM} / {@code !xxVDO} sentences (IEC 61162-1), NMEA 4.10
 * tag blocks and IEC 62320-1 sentence grouping, and the reassembly of multi-sentence messages.
 *
 * <p>Everything here works on ASCII bytes in caller-owned buffers and keeps its working state in
 * reused objects, so that steady-state parsing allocates nothing. None of it is thread-safe: one
 * parser and one assembler per decoding thread.
 */
package io.coastwatch.ais.nmea;
