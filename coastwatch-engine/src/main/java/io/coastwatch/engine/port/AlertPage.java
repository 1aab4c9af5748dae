package io.coastwatch.engine.port;

import io.coastwatch.engine.alert.Alert;
import java.util.List;

/**
 * A page of alerts.
 *
 * @param total how many alerts match the query, over all pages
 * @param alerts the page, newest {@link Alert#lastMillis()} first
 */
public record AlertPage(long total, List<Alert> alerts) {
    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
