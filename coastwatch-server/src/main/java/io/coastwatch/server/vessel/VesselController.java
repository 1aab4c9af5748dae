package io.coastwatch.server.vessel;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.GeoJson;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/vessels} and {@code GET /api/v1/vessels/{id}}: the live picture. */
@RestController
@RequestMapping("/api/v1/vessels")
public class VesselController {
    static final int MAX_PAGE_SIZE = 10_000;

    private final LivePicture picture;

    public VesselController(LivePicture picture) {
        this.picture = picture;
    }

    /** A page of vessels. */
    public record VesselPage(long total, int page, int size, List<VesselView> vessels) {
    }

    /**
     * The vessels that pass every filter given, ordered by id, a page at a time.
     *
     * @param bbox {@code minLon,minLat,maxLon,maxLat}
     * @param type ship types: codes, ranges or categories, comma-separated
     * @param flag ISO 3166-1 alpha-2 country of the MMSI
     * @param seenSince heard at or after (ISO-8601 or UNIX ms)
     * @param q text in name, MMSI, call sign or registration number
     */
    @GetMapping
    public ResponseEntity<Object> list(
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String flag,
            @RequestParam(required = false) String seenSince,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("page must be >= 0 and size 1-" + MAX_PAGE_SIZE);
        }
        checkFormat(format);
        VesselFilter filter = VesselFilter.parse(bbox, type, flag, seenSince, q);
        List<VesselSnapshot> matching = picture.vessels().stream()
                .filter(filter)
                .sorted(Comparator.comparingLong(VesselSnapshot::vesselId))
                .toList();
        List<VesselView> views = matching.stream()
                .skip((long) page * size).limit(size).map(VesselView::of).toList();
        if (GeoJson.wanted(format, accept)) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("total", matching.size());
            members.put("page", page);
            members.put("size", size);
            return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE)
                    .body(GeoJson.featureCollection(views.stream().map(VesselController::feature).toList(), members));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new VesselPage(matching.size(), page, size, views));
    }

    /** One vessel, by its id (the MMSI for vessels heard on AIS). */
    @GetMapping("/{id}")
    public ResponseEntity<Object> one(@PathVariable long id,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        checkFormat(format);
        VesselView view = VesselView.of(find(picture, id));
        if (GeoJson.wanted(format, accept)) {
            return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(feature(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    static VesselSnapshot find(LivePicture picture, long id) {
        return picture.vessel(id).orElseThrow(() -> ApiException.notFound("no vessel " + id));
    }

    private static void checkFormat(String format) {
        if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("geojson")) {
            throw ApiException.badRequest("format must be json or geojson");
        }
    }

    private static Map<String, Object> feature(VesselView view) {
        VesselView.Position position = view.position();
        return GeoJson.feature(view.id(), position == null ? null : GeoJson.point(position.longitude(), position.latitude()),
                view);
    }
}
