package io.coastwatch.server.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Api;
import io.coastwatch.server.support.ServerTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The zones API over real HTTP: import (GeoJSON, KML), listing, changes and their history, roles, errors. */
class ZoneApiTest extends ServerTest {
    private static final String GEO_JSON = "application/geo+json";

    static String square(double west, double south, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + (west + size) + "," + south
                + "],[" + (west + size) + "," + (south + size) + "],[" + west + "," + (south + size) + "],[" + west + ","
                + south + "]]]}";
    }

    static String feature(String id, String kind, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name
                + "\"},\"geometry\":" + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void importedZonesAreListedByKindAndOneByOne() {
        Api.Response imported = admin.post("/api/v1/zones", GEO_JSON, collection(
                feature("T-MPA-1", "marine-protected-area", "Khu bảo tồn thử", square(109.5, 11.5, 0.1)),
                feature("T-PORT-1", "port", "Cảng thử", square(109.0, 11.6, 0.05))));

        assertEquals(200, imported.status(), imported.body());
        assertEquals(List.of("T-MPA-1", "T-PORT-1"), ids(imported.json()));
        Api.Response mpas = admin.get("/api/v1/zones?kind=marine-protected-area");
        assertTrue(mpas.header("Content-Type").startsWith(GEO_JSON), mpas.header("Content-Type"));
        List<String> mpaIds = ids(mpas.json());
        assertTrue(mpaIds.contains("T-MPA-1") && !mpaIds.contains("T-PORT-1"), mpaIds.toString());
        JsonNode one = admin.get("/api/v1/zones/T-MPA-1").json();
        assertEquals("Feature", one.get("type").asString());
        assertEquals("Khu bảo tồn thử", one.get("properties").get("name").asString());
        assertEquals("marine-protected-area", one.get("properties").get("kind").asString());
        assertEquals(5, one.get("geometry").get("coordinates").get(0).size());
        assertTrue(ids(admin.get("/api/v1/zones").json()).containsAll(List.of("T-MPA-1", "T-PORT-1")));
    }

    @Test
    void aNationalLimitWithoutSideDataIsImportedWithAWarning() {
        String line = "{\"type\":\"LineString\",\"coordinates\":[[114.25,9.5],[114.25,11.2]]}";
        try {
            Api.Response unsided = admin.post("/api/v1/zones", GEO_JSON, collection(
                    feature("T-LIMIT-TS", "national-limit", "Giới hạn thử", line)));
            assertEquals(200, unsided.status(), unsided.body());
            JsonNode warnings = unsided.json().get("warnings");
            assertEquals(1, warnings.size(), unsided.body());
            assertEquals("T-LIMIT-TS", warnings.get(0).get("id").asString());
            assertTrue(warnings.get(0).get("message").asString().contains("vietnameseSide"), unsided.body());
            Api.Response sided = admin.post("/api/v1/zones", GEO_JSON, collection(feature("T-LIMIT-TS",
                    "national-limit", "Giới hạn thử", line).replace("\"kind\"", "\"vietnameseSide\":\"left\",\"kind\"")));
            assertEquals(200, sided.status(), sided.body());
            assertEquals(0, sided.json().get("warnings").size(), sided.body());
        } finally {
            admin.delete("/api/v1/zones/T-LIMIT-TS");
        }
    }

    @Test
    void kmlIsImportedWithItsPlacemarks() {
        String kml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Vùng</name>
                <Placemark id="T-KML-RA"><name>Vùng cấm thử</name><description>kind: restricted</description>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>
                109.7,11.7,0 109.8,11.7,0 109.8,11.8,0 109.7,11.8,0 109.7,11.7,0
                </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
                <Placemark><name>Lộng thử</name><ExtendedData>
                <Data name="id"><value>T-KML-FZ</value></Data><Data name="kind"><value>fishing-inshore</value></Data>
                </ExtendedData><MultiGeometry><LineString><coordinates>109.7,11.0 109.8,11.1</coordinates></LineString>
                </MultiGeometry></Placemark></Folder></Document></kml>
                """;

        Api.Response refused = admin.post("/api/v1/zones", "application/vnd.google-earth.kml+xml", kml);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("detail").asString().contains("feature 1 (T-KML-FZ): zone T-KML-FZ: a fishing-inshore"
                + " zone cannot be a MultiLineString"), refused.body());
        assertEquals(404, admin.get("/api/v1/zones/T-KML-RA").status());

        Api.Response imported = admin.post("/api/v1/zones", "application/vnd.google-earth.kml+xml",
                kml.replace("fishing-inshore", "custom"));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(List.of("T-KML-RA", "T-KML-FZ"), ids(imported.json()));
        JsonNode restricted = admin.get("/api/v1/zones/T-KML-RA").json().get("properties");
        assertEquals("Vùng cấm thử", restricted.get("name").asString());
        assertEquals("restricted-area", restricted.get("kind").asString());
    }

    @Test
    void anInvalidFeatureRefusesTheWholeDocumentSayingWhere() {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11.2],[109.2,11],[109,11.2],[109,11]]]}";

        Api.Response refused = admin.post("/api/v1/zones", GEO_JSON, collection(
                feature("T-BAD-OK", "marine-protected-area", "fine", square(109.5, 11.5, 0.1)),
                feature("T-BAD-BOWTIE", "marine-protected-area", "bow tie", bowTie)));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        JsonNode problem = refused.json();
        assertTrue(problem.get("detail").asString().contains("feature 1 (T-BAD-BOWTIE): Self-intersection"),
                problem.toString());
        JsonNode where = problem.get("problems").get(0);
        assertEquals(1, where.get("feature").asInt());
        assertEquals("T-BAD-BOWTIE", where.get("id").asString());
        assertEquals(109.1, where.get("longitude").asDouble(), 1e-9);
        assertEquals(11.1, where.get("latitude").asDouble(), 1e-9);
        assertEquals(404, admin.get("/api/v1/zones/T-BAD-OK").status());
        assertEquals(404, admin.get("/api/v1/zones/T-BAD-OK/history").status());
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoBeforeAndAfter() {
        Api chief = newAccount("zone-chief", "ADMIN");
        Api.Response created = admin.put("/api/v1/zones/T-HIST", GEO_JSON,
                "{\"type\":\"Feature\",\"properties\":{\"kind\":\"restricted-area\"},\"geometry\":" + square(109.9, 11.9, 0.1) + "}");
        assertEquals(200, created.status(), created.body());
        assertEquals("T-HIST", created.json().get("properties").get("id").asString());
        Api.Response updated = chief.put("/api/v1/zones/T-HIST", GEO_JSON,
                feature("T-HIST", "restricted-area", "Vùng cấm mới", square(109.9, 11.9, 0.2)));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(204, chief.delete("/api/v1/zones/T-HIST").status());

        JsonNode history = admin.get("/api/v1/zones/T-HIST/history").json();

        assertEquals(3, history.size(), history.toString());
        assertEquals(List.of("created", "updated", "deleted"), texts(history, "action"));
        assertEquals(List.of("admin", "zone-chief", "zone-chief"), texts(history, "user"));
        assertTrue(history.get(0).get("before").isNull());
        assertEquals("T-HIST", history.get(0).get("after").get("properties").get("id").asString());
        assertEquals("T-HIST", history.get(1).get("before").get("properties").get("name").asString());
        assertEquals("Vùng cấm mới", history.get(1).get("after").get("properties").get("name").asString());
        assertEquals(history.get(1).get("after"), history.get(2).get("before"));
        assertTrue(history.get(2).get("after").isNull());
        assertTrue(history.get(0).get("time").asString().endsWith("Z"));
        assertEquals(404, admin.get("/api/v1/zones/T-HIST").status());
    }

    @Test
    void viewersReadButOnlyAdministratorsChange() {
        Api viewer = newAccount("zone-viewer", "VIEWER");
        Api operator = newAccount("zone-operator", "OPERATOR");

        assertEquals(200, viewer.get("/api/v1/zones").status());
        assertEquals(403, viewer.post("/api/v1/zones", GEO_JSON, collection(
                feature("T-ROLE", "marine-protected-area", "x", square(109.5, 11.5, 0.1)))).status());
        assertEquals(403, operator.put("/api/v1/zones/T-ROLE", GEO_JSON, feature("T-ROLE", "marine-protected-area", "x",
                square(109.5, 11.5, 0.1))).status());
        assertEquals(403, operator.delete("/api/v1/zones/T-MPA-1").status());
        assertEquals(401, anonymous.get("/api/v1/zones").status());
        assertEquals(404, viewer.get("/api/v1/zones/T-ROLE").status());
    }

    @Test
    void badRequestsGetAProblemThatSaysWhy() {
        Api.Response wrongId = admin.put("/api/v1/zones/T-ONE", GEO_JSON, feature("T-OTHER", "marine-protected-area", "x",
                square(109.5, 11.5, 0.1)));
        assertEquals(400, wrongId.status());
        assertTrue(wrongId.json().get("detail").asString().contains("'T-OTHER' is not the path's 'T-ONE'"), wrongId.body());
        Api.Response unknownKind = admin.get("/api/v1/zones?kind=lagoon");
        assertEquals(400, unknownKind.status());
        assertTrue(unknownKind.json().get("detail").asString().contains("unknown kind 'lagoon'"), unknownKind.body());
        assertEquals(400, admin.post("/api/v1/zones", GEO_JSON, "{not json").status());
        assertEquals(400, admin.post("/api/v1/zones", GEO_JSON, "[]").status());
        assertEquals(400, admin.put("/api/v1/zones/T-ONE", GEO_JSON, square(109.5, 11.5, 0.1)).status());
        assertEquals(404, admin.get("/api/v1/zones/NO-SUCH-ZONE").status());
        assertEquals(404, admin.delete("/api/v1/zones/NO-SUCH-ZONE").status());
        assertEquals(404, admin.get("/api/v1/zones/NO-SUCH-ZONE/history").status());
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(feature -> ids.add(feature.get("properties").get("id").asString()));
        return ids;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asString()));
        return texts;
    }
}
