package io.coastwatch.server.source;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

/**
 * A feed source as a URI, as gpsd takes its devices:
 * <ul>
 *   <li>{@code tcp://host:port[?idle-timeout=D]}: connect to a feed (reconnecting with capped backoff);</li>
 *   <li>{@code tcp-listen://[host]:port[?allowed-peers=CIDR,…&max-connections-per-peer=N&idle-timeout=D]}:
 *       listen; receivers connect and push lines;</li>
 *   <li>{@code udp://[host]:port[?allowed-peers=CIDR,…]}: listen for datagrams of lines;</li>
 *   <li>{@code file:///path[?speed=X]}: replay a file ({@code .gz} decompressed), paced by tag-block time
 *       times {@code X} (default 1; {@code 0} as fast as possible).</li>
 * </ul>
 * A listener without a host listens on every interface. The parameters override the sources' settings
 * for this source ({@code D} as in the configuration: {@code 30s}, {@code 2m}). Immutable.
 *
 * @param kind what kind of source
 * @param text the URI as given
 * @param host host to connect to or bind ({@code null}: every interface, for listeners)
 * @param port TCP or UDP port (0 for files)
 * @param file file to replay ({@code null} for sockets)
 * @param speedFactor replay speed factor (files; 0 = as fast as possible)
 * @param overrides what this source sets apart from the sources' settings
 */
public record SourceUri(Kind kind, String text, String host, int port, Path file, double speedFactor,
        Overrides overrides) {

    /** The kinds of source. */
    public enum Kind { TCP_CLIENT, TCP_LISTEN, UDP, FILE }

    /**
     * Settings a source's URI gives for itself; {@code null}: the sources' setting.
     *
     * @param allowedPeers {@code allowed-peers}: the peers a listener takes data from
     * @param maxConnectionsPerPeer {@code max-connections-per-peer}: a TCP listener's connections from one peer
     * @param idleTimeout {@code idle-timeout}: a TCP connection silent this long is dropped
     */
    public record Overrides(PeerFilter allowedPeers, Integer maxConnectionsPerPeer, Duration idleTimeout) {
        static final Overrides NONE = new Overrides(null, null, null);
    }

    private static final String ALLOWED_PEERS = "allowed-peers";
    private static final String PER_PEER = "max-connections-per-peer";
    private static final String IDLE_TIMEOUT = "idle-timeout";
    private static final String SPEED = "speed";

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
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "tcp" -> socket(Kind.TCP_CLIENT, uri, text, true, Set.of(IDLE_TIMEOUT));
            case "tcp-listen" -> socket(Kind.TCP_LISTEN, uri, text, false, Set.of(ALLOWED_PEERS, PER_PEER, IDLE_TIMEOUT));
            case "udp" -> socket(Kind.UDP, uri, text, false, Set.of(ALLOWED_PEERS));
            case "file" -> file(uri, text);
            default -> throw new IllegalArgumentException("unknown source scheme '" + scheme + "' in " + text
                    + ": use tcp://host:port, tcp-listen://[host]:port, udp://[host]:port or file:///path[?speed=X]");
        };
    }

    /** The socket address to connect to or bind. */
    public InetSocketAddress socketAddress() {
        return host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    private static SourceUri socket(Kind kind, URI uri, String text, boolean hostRequired, Set<String> known) {
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
        Map<String, String> parameters = parameters(uri, text, known);
        Overrides overrides = new Overrides(
                parameters.containsKey(ALLOWED_PEERS)
                        ? PeerFilter.of(Arrays.asList(parameters.get(ALLOWED_PEERS).split(","))) : null,
                parameters.containsKey(PER_PEER) ? positive(parameters.get(PER_PEER), PER_PEER, text) : null,
                parameters.containsKey(IDLE_TIMEOUT) ? duration(parameters.get(IDLE_TIMEOUT), IDLE_TIMEOUT, text) : null);
        return new SourceUri(kind, text, host, port, null, 0, overrides);
    }

    private static SourceUri file(URI uri, String text) {
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("no path in " + text);
        }
        double speed = 1;
        Map<String, String> parameters = parameters(uri, text, Set.of(SPEED));
        if (parameters.containsKey(SPEED)) {
            try {
                speed = Double.parseDouble(parameters.get(SPEED));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad speed in " + text);
            }
            if (!(speed >= 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("speed must be a number >= 0 in " + text);
            }
        }
        return new SourceUri(Kind.FILE, text, null, 0, Path.of(path), speed, Overrides.NONE);
    }

    /** The query's {@code name=value} pairs; a name this kind does not know is refused. */
    private static Map<String, String> parameters(URI uri, String text, Set<String> known) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!known.contains(name) || equals < 0) {
                throw new IllegalArgumentException("unknown parameter '" + pair + "' in " + text + " (known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            parameters.put(name, pair.substring(equals + 1));
        }
        return parameters;
    }

    private static int positive(String value, String name, String text) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(name + " must be a whole number >= 1 in " + text);
    }

    private static Duration duration(String value, String name, String text) {
        try {
            Duration duration = DurationStyle.detectAndParse(value);
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw new IllegalArgumentException(name + " must be a duration such as 30s or 2m in " + text);
    }
}
