package io.coastwatch.server.zone;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.ZoneImportException;
import io.coastwatch.engine.zone.visit.AreaVisits;
import io.coastwatch.engine.zone.visit.VesselVisits;
import io.coastwatch.engine.zone.visit.Visit;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.Period;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which vessels were inside an area during a period, with entry and exit times, from the stored
 * positions ({@link AreaVisits}): {@code GET /api/v1/zones/{id}/visits?from=&to=} for a zone,
 * {@code POST /api/v1/visits?from=&to=} for a polygon drawn on the map (body: a GeoJSON Polygon,
 * MultiPolygon, or a Feature with one). The period defaults to the last 24 hours and may not exceed
 * {@link #MAX_PERIOD}. Entered / exited are {@code null} when the vessel was inside at the period's
 * start / end.
 */
@RestController
public class VisitController {
    /** The longest period one question may cover (its cost grows with the fixes of the period). */
    public static final Duration MAX_PERIOD = Duration.ofDays(31);

    private static final Set<String> AREAS = Set.of("Polygon", "MultiPolygon");

    private final ZoneService zones;
    private final AreaVisits visits;
    private final LivePicture picture;
    private final JsonMapper json;
    private final Clock clock;

    public VisitController(ZoneService zones, AreaVisits visits, LivePicture picture, JsonMapper json, Clock clock) {
        this.zones = zones;
        this.visits = visits;
        this.picture = picture;
        this.json = json;
        this.clock = clock;
    }

    /** One stay inside: ISO-8601 times, {@code null} when inside at the period's start / end. */
    public record VisitView(String entered, String exited) {
    }

    /** A vessel's stays inside, with what identifies it (null when unknown). */
    public record VesselVisitsView(long vesselId, Integer mmsi, String name, String registrationNumber,
            List<VisitView> visits) {
    }

    @GetMapping("/api/v1/zones/{id}/visits")
    public List<VesselVisitsView> inZone(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Zone zone = zones.find(id).orElseThrow(() -> ApiException.notFound("no zone '" + id + "'"));
        if (!zone.isArea()) {
            throw ApiException.badRequest("zone '" + id + "' is a line: visits need an area");
        }
        return answer(zone.geometry(), from, to);
    }

    @PostMapping("/api/v1/visits")
    public List<VesselVisitsView> inArea(@RequestBody String body, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) throws ZoneImportException {
        return answer(area(body), from, to);
    }

    private List<VesselVisitsView> answer(Geometry area, String from, String to) {
        Period period = Period.parse(from, to, clock, Duration.ofHours(24), MAX_PERIOD);
        return visits.during(area, period.fromMillis(), period.toMillis()).stream().map(this::view).toList();
    }

    /** The area of a GeoJSON Polygon, MultiPolygon or Feature, checked as a zone's geometry is. */
    private Geometry area(String body) throws ZoneImportException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("not JSON: " + e.getOriginalMessage());
        }
        JsonNode geometry = "Feature".equals(root.path("type").asString("")) ? root.path("geometry") : root;
        String type = geometry.path("type").asString("");
        if (!AREAS.contains(type)) {
            throw ApiException.badRequest("expected a GeoJSON Polygon or MultiPolygon (or a Feature with one), not '"
                    + type + "'");
        }
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.putObject("properties").put("id", "area").put("kind", ZoneKind.CUSTOM.code());
        feature.set("geometry", geometry);
        return zones.read(json.writeValueAsString(feature), false).getFirst().geometry();
    }

    private VesselVisitsView view(VesselVisits vessel) {
        Optional<VesselSnapshot> known = picture.vessel(vessel.vesselId());
        return new VesselVisitsView(vessel.vesselId(),
                known.map(VesselSnapshot::mmsi).filter(mmsi -> mmsi != 0).orElse(null),
                known.map(VesselSnapshot::name).orElse(null),
                known.map(VesselSnapshot::registrationNumber).orElse(null),
                vessel.visits().stream().map(VisitController::view).toList());
    }

    private static VisitView view(Visit visit) {
        return new VisitView(time(visit.enteredMillis()), time(visit.exitedMillis()));
    }

    private static String time(OptionalLong millis) {
        return millis.isPresent() ? Instant.ofEpochMilli(millis.getAsLong()).toString() : null;
    }
}
