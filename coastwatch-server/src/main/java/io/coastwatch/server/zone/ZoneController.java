package io.coastwatch.server.zone;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.ZoneDocument;
import io.coastwatch.engine.zone.geojson.ZoneImportException;
import io.coastwatch.engine.zone.geojson.ZoneProblem;
import io.coastwatch.engine.zone.kml.ZoneKml;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.GeoJson;
import io.coastwatch.store.zone.ZoneChange;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/zones}: the zones as GeoJSON (one Feature per zone, properties {@code id}, {@code name},
 * {@code kind}, {@code lengthClasses} for fishing zones, the others as text); import of a GeoJSON
 * FeatureCollection or Feature, or of KML ({@code Content-Type: application/vnd.google-earth.kml+xml}),
 * creating or replacing zones by id; replacing and deleting one zone; its history. Changes are for the
 * roles the access table names, and only of the zones of the caller's units' areas ({@link Areas}: a zone
 * of no unit's area is the command's), recorded with the user. A document with any invalid feature is
 * refused as a whole (400, each problem with the feature, the zone id and where).
 */
@RestController
@RequestMapping("/api/v1/zones")
public class ZoneController {
    private static final List<MediaType> KML_TYPES = List.of(MediaType.parseMediaType(ZoneKml.MEDIA_TYPE),
            MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private final ZoneService zones;
    private final Areas areas;
    private final JsonMapper json;

    public ZoneController(ZoneService zones, Areas areas, JsonMapper json) {
        this.zones = zones;
        this.areas = areas;
        this.json = json;
    }

    /** One recorded change: before and after are Features, or {@code null} (created, deleted). */
    public record ChangeView(String time, String user, String action, JsonNode before, JsonNode after) {
    }

    /** Every zone, or those of one kind ({@code kind} = a kind code such as {@code mpa}). */
    @GetMapping
    public ResponseEntity<JsonNode> list(@RequestParam(required = false) String kind) {
        List<Zone> selected = zones.zones();
        if (kind != null) {
            ZoneKind wanted = ZoneKind.ofCode(kind).orElseThrow(() -> ApiException.badRequest("unknown kind '" + kind
                    + "': one of " + Arrays.stream(ZoneKind.values()).map(ZoneKind::code).toList()));
            selected = selected.stream().filter(zone -> zone.kind() == wanted).toList();
        }
        return geoJson(zones.writeCollection(selected));
    }

    @GetMapping("/{id}")
    public ResponseEntity<JsonNode> one(@PathVariable String id) {
        return geoJson(zones.writeFeature(find(id)));
    }

    /**
     * Creates or replaces the zones of a GeoJSON or KML document, all or none; answers the stored zones,
     * with the import's {@code warnings} ({@code feature}, {@code id}, {@code message}) as a member of the
     * collection.
     */
    @PostMapping
    public ResponseEntity<JsonNode> importZones(@RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            Authentication user, UnitScope scope) throws ZoneImportException {
        MediaType type = contentType == null ? MediaType.APPLICATION_JSON : MediaType.parseMediaType(contentType);
        boolean kml = KML_TYPES.stream().anyMatch(type::isCompatibleWith);
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        ZoneDocument document = zones.readDocument(new String(body, charset), kml);
        areas.requireToChangeZones(scope, document.zones().stream().map(Zone::id).toList());
        List<Zone> saved = zones.save(document.zones(), user.getName());
        ObjectNode answer = (ObjectNode) json.readTree(zones.writeCollection(saved));
        ArrayNode warnings = answer.putArray("warnings");
        for (ZoneProblem warning : document.warnings()) {
            warnings.addObject().put("feature", warning.featureIndex()).put("id", warning.zoneId())
                    .put("message", warning.message());
        }
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(answer);
    }

    /** Creates or replaces one zone from a Feature; its {@code id} property, when given, must be the path's. */
    @PutMapping("/{id}")
    public ResponseEntity<JsonNode> replace(@PathVariable String id, @RequestBody String body, Authentication user,
            UnitScope scope) throws ZoneImportException {
        areas.requireToChangeZones(scope, List.of(id));
        JsonNode feature;
        try {
            feature = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("not JSON: " + e.getOriginalMessage());
        }
        if (!(feature instanceof ObjectNode object) || !"Feature".equals(feature.path("type").asString(""))) {
            throw ApiException.badRequest("expected a GeoJSON Feature");
        }
        JsonNode properties = object.path("properties");
        if (!properties.isObject()) {
            properties = object.putObject("properties");
        }
        JsonNode given = properties.path("id");
        if (given.isMissingNode() || given.isNull()) {
            ((ObjectNode) properties).put("id", id);
        } else if (!given.asString("").equals(id)) {
            throw ApiException.badRequest("the feature's id '" + given.asString("") + "' is not the path's '" + id + "'");
        }
        List<Zone> saved = zones.save(zones.read(json.writeValueAsString(object), false), user.getName());
        return geoJson(zones.writeFeature(saved.getFirst()));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, Authentication user, UnitScope scope) {
        areas.requireToChangeZones(scope, List.of(id));
        if (!zones.delete(id, user.getName())) {
            throw ApiException.notFound("no zone '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    /** Every recorded change to the zone, oldest first (also of a deleted zone). */
    @GetMapping("/{id}/history")
    public List<ChangeView> history(@PathVariable String id) {
        List<ZoneChange> changes = zones.history(id);
        if (changes.isEmpty()) {
            throw ApiException.notFound("no zone '" + id + "' ever");
        }
        return changes.stream().map(change -> new ChangeView(Instant.ofEpochMilli(change.timeMillis()).toString(),
                change.user(), change.action().code(), feature(change.before()), feature(change.after()))).toList();
    }

    Zone find(String id) {
        return zones.find(id).orElseThrow(() -> ApiException.notFound("no zone '" + id + "'"));
    }

    private JsonNode feature(String text) {
        return text == null ? null : json.readTree(text);
    }

    private ResponseEntity<JsonNode> geoJson(String text) {
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(json.readTree(text));
    }
}
