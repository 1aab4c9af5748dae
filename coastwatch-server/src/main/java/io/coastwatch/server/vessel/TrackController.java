package io.coastwatch.server.vessel;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.GeoJson;
import io.coastwatch.server.api.Period;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/vessels/{id}/track}: a vessel's positions between two times (default: the last
 * 24 h), simplified with Douglas–Peucker when a tolerance in metres is given, as JSON, GeoJSON (a
 * LineString feature), CSV, KML or GPX. Implausible fixes are left out unless asked for.
 */
@RestController
public class TrackController {
    static final int MAX_POINTS = 1_000_000;

    private final LivePicture picture;
    private final PositionStore positions;
    private final Clock clock;

    public TrackController(LivePicture picture, PositionStore positions, Clock clock) {
        this.picture = picture;
        this.positions = positions;
        this.clock = clock;
    }

    /** One point of a track. */
    public record TrackPoint(String time, double latitude, double longitude, Double speedKnots, Double courseDegrees,
            String plausibility) {
        static TrackPoint of(PositionFix fix) {
            return new TrackPoint(VesselView.time(fix.timeMillis()), fix.latitude(), fix.longitude(),
                    VesselView.number(fix.speedKnots()), VesselView.number(fix.courseDegrees()), fix.plausibility().name());
        }
    }

    /** A track as JSON. */
    public record Track(long vesselId, String from, String to, double toleranceMetres, int pointsBeforeSimplifying,
            boolean truncated, List<TrackPoint> points) {
    }

    @GetMapping("/api/v1/vessels/{id}/track")
    public ResponseEntity<Object> track(@PathVariable long id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") double tolerance,
            @RequestParam(defaultValue = "100000") int limit,
            @RequestParam(defaultValue = "false") boolean includeImplausible,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        VesselSnapshot vessel = VesselController.find(picture, id);
        Period period = Period.parse(from, to, clock, Duration.ofHours(24), null);
        long fromMillis = period.fromMillis();
        long toMillis = period.toMillis();
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw ApiException.badRequest("tolerance must be a number of metres >= 0");
        }
        if (limit < 1 || limit > MAX_POINTS) {
            throw ApiException.badRequest("limit must be 1-" + MAX_POINTS);
        }
        TrackFormat text = format == null ? null : TrackFormat.named(format);
        List<PositionFix> fixes = positions.track(id, fromMillis, toMillis, limit + 1);
        boolean truncated = fixes.size() > limit;
        List<PositionFix> kept = (truncated ? fixes.subList(0, limit) : fixes).stream()
                .filter(fix -> includeImplausible || fix.isPlausible()).toList();
        List<PositionFix> simplified = DouglasPeucker.simplify(kept, tolerance);
        if (text != null) {
            return ResponseEntity.ok().contentType(text.mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(text.fileName(vessel)).build().toString())
                    .body(text.write(vessel, simplified));
        }
        if (GeoJson.wanted(format, accept)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("vesselId", id);
            properties.put("name", vessel.name());
            properties.put("times", simplified.stream().map(fix -> VesselView.time(fix.timeMillis())).toList());
            properties.put("pointsBeforeSimplifying", kept.size());
            properties.put("truncated", truncated);
            List<List<Double>> coordinates = simplified.stream().map(f -> List.of(f.longitude(), f.latitude())).toList();
            return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE)
                    .body(GeoJson.feature(id, GeoJson.lineString(coordinates), properties));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Track(id,
                VesselView.time(fromMillis), VesselView.time(toMillis), tolerance, kept.size(), truncated,
                simplified.stream().map(TrackPoint::of).toList()));
    }
}
