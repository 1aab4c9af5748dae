package io.coastwatch.server.webhook;

import io.coastwatch.engine.alert.Severity;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A receiver of alert webhooks ({@code coastwatch.webhooks[]}).
 *
 * @param url where deliveries are POSTed ({@code http} or {@code https})
 * @param minSeverity only alerts of at least this severity are sent
 */
public record WebhookTarget(String url, Severity minSeverity) {

    public WebhookTarget {
        Objects.requireNonNull(minSeverity, "minSeverity");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("coastwatch.webhooks: every webhook needs a url");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("coastwatch.webhooks: bad url '" + url + "': " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("coastwatch.webhooks: url '" + url + "' is not an http(s) URL with a host");
        }
        url = uri.toString();
    }

    /** Whether an alert of {@code severity} goes to this receiver. */
    public boolean wants(Severity severity) {
        return severity.compareTo(minSeverity) >= 0;
    }
}
