/**
 * Zones through the API: the {@link io.coastwatch.server.zone.ZoneService} that keeps the current
 * zones in memory over the store and tells subscribers (the engine) of every change; the endpoints to
 * list, import (GeoJSON, KML), change and delete zones and read their history; and the history
 * question "which vessels were inside this zone, or this polygon, during this period"; and {@link
 * io.coastwatch.server.zone.Areas}, the one place that decides whether a place lies in a caller's areas.
 */
package io.coastwatch.server.zone;
