package io.coastwatch.server.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code coastwatch.organisation.*}.
 *
 * @param seed when the store holds no unit at start: {@code demo} for the bundled demo organisation (the
 *     former Ninh Thuận command and its 2025 merger into Khánh Hòa), or the path of a folder holding
 *     {@code units.csv}, {@code agencies.csv}, {@code persons.csv} and {@code resources.csv} (any of them);
 *     empty: none
 */
@ConfigurationProperties("coastwatch.organisation")
public record OrganisationProperties(String seed) {
}
