package io.coastwatch.server.console;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.server.api.GeoJson;
import io.coastwatch.server.config.CoastwatchProperties;
import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the web console needs from the server beyond the API: its settings and the offline base map
 * (the engine's bundled Natural Earth 1:10m land of the region, public domain, and the coast's place
 * names). Both need a session,
 * as the rest of the API does. Stateless.
 */
@RestController
public class ConsoleController {
    private final CoastwatchProperties.Console settings;
    private final Resource land = new ClassPathResource(LandMask.VIETNAM_REGION_RESOURCE, LandMask.class);
    /** The place names the map writes: ports, landings, capes, islands, Border Guard stations (places.md). */
    private final Resource places = new ClassPathResource("places.geojson", ConsoleController.class);

    public ConsoleController(CoastwatchProperties properties) {
        this.settings = properties.console();
    }

    /**
     * The console's settings.
     *
     * @param tileUrl a tile server's URL template, or {@code null} for the bundled map alone
     * @param staleAfterSeconds a vessel not heard for this long is drawn faded
     * @param printMarking the security marking at the head of a printed page, or {@code null} for none
     */
    public record ConsoleSettings(String tileUrl, String tileAttribution, double centerLatitude,
            double centerLongitude, int zoom, long staleAfterSeconds, String printMarking) {
    }

    @GetMapping("/api/v1/console")
    public ConsoleSettings settings() {
        return new ConsoleSettings(blankToNull(settings.tileUrl()), blankToNull(settings.tileAttribution()),
                settings.centerLatitude(), settings.centerLongitude(), settings.zoom(),
                settings.staleAfter().toSeconds(), blankToNull(settings.printMarking()));
    }

    /** The land of the region as a GeoJSON FeatureCollection; the sea is the map's background colour. */
    @GetMapping("/map/land.geojson")
    public ResponseEntity<Resource> land() {
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(land);
    }

    /**
     * The place names of the coast as a GeoJSON FeatureCollection of points, each with {@code id},
     * {@code kind} ({@code port}, {@code anchorage}, {@code cape}, {@code island}, {@code station},
     * {@code command}), its Vietnamese {@code name} and {@code approximate} (positions read off a map).
     */
    @GetMapping("/map/places.geojson")
    public ResponseEntity<Resource> places() {
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(places);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
