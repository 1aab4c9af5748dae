/**
 * The vessels of the live picture and their tracks over HTTP: {@code GET /api/v1/vessels} (filters,
 * paging, JSON or GeoJSON), {@code GET /api/v1/vessels/{id}}, and {@code GET /api/v1/vessels/{id}/track}
 * (simplified with Douglas–Peucker, exported as JSON, GeoJSON, CSV, KML or GPX).
 */
package io.coastwatch.server.vessel;
