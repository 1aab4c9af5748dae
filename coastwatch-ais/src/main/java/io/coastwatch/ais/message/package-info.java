/**
 * The ITU-R M.1371-5 AIS messages, types 1 to 27, as immutable records of one sealed interface,
 * {@link io.coastwatch.ais.message.AisMessage}.
 *
 * <p>Each record keeps the values as sent on the air (the "unscaled" values: latitude in 1/10 000
 * minute, speed in 1/10 knot …), with accessors that convert them to ordinary units and say
 * explicitly when a value is "not available" (they return {@code Double.NaN}, or {@code -1} for
 * integer quantities, never the sentinel as if it were data). Each record also holds its bit layout:
 * a static {@code decode(BitReader)} and an {@link io.coastwatch.ais.message.AisMessage#encode}
 * that writes the same layout back, so that decoding and encoding cannot drift apart.
 *
 * <p>{@link io.coastwatch.ais.message.MessageCodec} dispatches on the message type. Records are
 * thread-safe (immutable); their {@code byte[]} binary payloads are copies owned by the record and
 * must not be modified.
 */
package io.coastwatch.ais.message;
