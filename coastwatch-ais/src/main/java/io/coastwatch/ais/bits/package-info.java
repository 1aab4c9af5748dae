/**
 * Bit-level access to AIS payloads: the six-bit "armouring" of NMEA 0183 VDM/VDO payloads
 * (IEC 61162-1, ITU-R M.1371-5 Annex 8 §3.3), reading and writing unsigned, signed and six-bit
 * text fields at arbitrary bit offsets.
 *
 * <p>These classes are mutable, reusable buffers meant for one thread at a time: the decoder
 * owns one reader and reuses it for every message, so decoding allocates nothing here.
 */
package io.coastwatch.ais.bits;
