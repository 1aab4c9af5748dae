package io.coastwatch.server.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reports' settings ({@code coastwatch.reports}).
 *
 * @param place the place name of the date line ("Ninh Thuận, ngày … tháng … năm …"), where the command sits
 */
@ConfigurationProperties("coastwatch.reports")
public record ReportProperties(String place) {
    public ReportProperties {
        place = place == null ? "" : place.strip();
    }
}
