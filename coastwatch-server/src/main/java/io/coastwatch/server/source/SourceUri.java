package io.coastwatch.server.source;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A feed source as a URI, as gpsd takes its devices:
 * <ul>
 *   <li>{@code tcp://host:port}: connect to a feed (reconnecting with capped backoff);</li>
 *   <li>{@code tcp-listen://[host]:port}: listen; receivers connect and push lines;</li>
 *   <li>{@code udp://[host]:port}: listen for datagrams of lines;</li>
 *   <li>{@code file:///path[?speed=X]}: replay a file ({@code .gz} decompressed), paced by tag-block time
 *       times {@code X} (default 1; {@code 0} as fast as possible).</li>
 * </ul>
 * A listener without a host listens on every interface. Immutable.
 *
 * @param kind what kind of source
 * @param text the URI as given
 * @param host host to connect to or bind ({@code null}: every interface, for listeners)
 * @param port TCP or UDP port (0 for files)
 * @param file file to replay ({@code null} for sockets)
 * @param speedFactor replay speed factor (files; 0 = as fast as possible)
 */
public record SourceUri(Kind kind, String text, String host, int port, Path file, double speedFactor) {

    /** The kinds of source. */
    public enum Kind { TCP_CLIENT, TCP_LISTEN, UDP, FILE }

    /**
     * Parses a source URI.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static SourceUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("source URI is empty");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + text + " (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return switch (scheme) {
            case "tcp" -> socket(Kind.TCP_CLIENT, uri, text, true);
            case "tcp-listen" -> socket(Kind.TCP_LISTEN, uri, text, false);
            case "udp" -> socket(Kind.UDP, uri, text, false);
            case "file" -> file(uri, text);
            default -> throw new IllegalArgumentException("unknown source scheme '" + scheme + "' in " + text
                    + ": use tcp://host:port, tcp-listen://[host]:port, udp://[host]:port or file:///path[?speed=X]");
        };
    }

    /** The socket address to connect to or bind. */
    public InetSocketAddress socketAddress() {
        return host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    private static SourceUri socket(Kind kind, URI uri, String text, boolean hostRequired) {
        // URI leaves host null for "tcp-listen://:10110"; the authority still holds ":10110".
        String authority = uri.getRawAuthority();
        if (authority == null) {
            throw new IllegalArgumentException("no host:port in " + text);
        }
        int colon = authority.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("no port in " + text);
        }
        String host = authority.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + text);
        }
        if (port < (hostRequired ? 1 : 0) || port > 65535) {
            throw new IllegalArgumentException("port out of range in " + text);
        }
        if (host.isEmpty()) {
            if (hostRequired) {
                throw new IllegalArgumentException("no host in " + text);
            }
            host = null;
        }
        return new SourceUri(kind, text, host, port, null, 0);
    }

    private static SourceUri file(URI uri, String text) {
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("no path in " + text);
        }
        double speed = 1;
        String query = uri.getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("speed=")) {
                    try {
                        speed = Double.parseDouble(pair.substring("speed=".length()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad speed in " + text);
                    }
                    if (!(speed >= 0) || Double.isInfinite(speed)) {
                        throw new IllegalArgumentException("speed must be a number >= 0 in " + text);
                    }
                } else if (!pair.isEmpty()) {
                    throw new IllegalArgumentException("unknown parameter '" + pair + "' in " + text);
                }
            }
        }
        return new SourceUri(Kind.FILE, text, null, 0, Path.of(path), speed);
    }
}
