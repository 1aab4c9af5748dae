package io.coastwatch.store.source;

/**
 * A configured feed source.
 *
 * @param id unique identifier
 * @param uri what to connect to or listen on, such as {@code tcp://host:port},
 *     {@code tcp-listen://:10110}, {@code udp://:10110}, {@code file:///data/feed.nmea.gz?speed=10}
 * @param enabled whether it runs
 * @param createdBy the user who added it ({@code config} for sources from the configuration file)
 * @param createdMillis when it was added, UNIX ms
 */
public record SourceDefinition(String id, String uri, boolean enabled, String createdBy, long createdMillis) {
}
