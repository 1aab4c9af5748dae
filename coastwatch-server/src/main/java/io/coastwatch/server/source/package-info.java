/**
 * Feed sources: the TCP client, TCP listener, UDP listener and file replay that read NMEA lines,
 * decode them on their own threads and offer the messages to the engine's {@code Ingest}; their
 * statistics; and the {@link io.coastwatch.server.source.SourceManager} that runs them.
 *
 * <p>Each source (each accepted connection, for a listener) has its own {@code LineSplitter} and
 * {@code AisDecoder} on its own virtual thread, so a source that stalls, sends garbage or floods
 * never holds up another: offers to the engine never block (drops are counted).
 */
package io.coastwatch.server.source;
