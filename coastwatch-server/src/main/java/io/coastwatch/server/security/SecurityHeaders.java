package io.coastwatch.server.security;

import java.net.URI;

/**
 * The Content-Security-Policy of every answer: scripts, styles, fonts and connections from the server
 * only (the console is self-contained); images also from {@code data:} URLs and the tile server, when
 * one is configured; forms to the server and the single sign-on provider; no plugins, no framing, no
 * {@code <base>}. Styles may be inline (the map library positions its elements with them); scripts
 * never are.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** The policy, given the console's tile URL template and the provider's issuer (either may be blank). */
    static String contentSecurityPolicy(String tileUrl, String issuer) {
        String images = "'self' data: blob:" + origin(tileUrl).map(origin -> " " + origin).orElse("");
        String forms = "'self'" + origin(issuer).map(origin -> " " + origin).orElse("");
        return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
                "img-src " + images, "font-src 'self' data:", "connect-src 'self'", "object-src 'none'",
                "base-uri 'none'", "frame-ancestors 'none'", "form-action " + forms);
    }

    /** The scheme, host and port of {@code url} (a tile template's {@code {z}} and the like allowed). */
    private static java.util.Optional<String> origin(String url) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = URI.create(url.replaceAll("\\{[a-z]}", "0"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException notAUrl) {
            return java.util.Optional.empty();
        }
    }
}
