/**
 * What every API endpoint shares: errors as RFC 7807 problem details ({@link io.coastwatch.server.api.ApiException},
 * {@link io.coastwatch.server.api.ProblemAdvice}), time parameters, GeoJSON (RFC 7946) building blocks.
 */
package io.coastwatch.server.api;
