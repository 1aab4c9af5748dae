/**
 * The AIS decoder: lines of an NMEA 0183 AIS feed in, {@link io.coastwatch.ais.message.AisMessage}s
 * out, with every line accounted for ({@link io.coastwatch.ais.DecodeCounters}).
 *
 * <p>Start with {@link io.coastwatch.ais.AisDecoder}. Sub-packages: {@code bits} (six-bit payloads),
 * {@code nmea} (sentences, tag blocks, fragments), {@code message} (the message records and their
 * encoder), {@code json} (gpsd-compatible JSON).
 */
package io.coastwatch.ais;
