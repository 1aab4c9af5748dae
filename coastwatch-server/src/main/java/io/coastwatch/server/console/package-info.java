/**
 * The web console's server side: its settings ({@code GET /api/v1/console}) and the bundled offline
 * base map ({@code GET /map/land.geojson}). The console itself is static files under
 * {@code static/} (HTML, JavaScript modules, message bundles), no build step; the map library is a
 * WebJar.
 */
package io.coastwatch.server.console;
