package io.coastwatch.engine.zone.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.index.NationalLimitSides;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What a zone document may hold and what its import says of it: the caps on vertices and property
 * length (a 1,000,000-vertex zone and a 20 MB property were accepted; a property over 20 MB failed with a
 * null dereference), the national limit's side properties, and the warning for a limit whose
 * Vietnamese side nothing in the document gives.
 */
class ZoneDocumentLimitsTest {
    private static final String LIMIT_LINE = "{\"type\":\"LineString\",\"coordinates\":[[114.25,9.5],[114.25,11.2]]}";

    private final ZoneGeoJson geoJson = new ZoneGeoJson(new GeometryFactory());

    @Test
    void aLimitWithoutSideDataIsImportedWithAWarningNamingIt() throws ZoneImportException {
        ZoneDocument document = geoJson.readDocument(collection(feature("A", "marine-protected-area", square(), ""),
                feature("TS-LIMIT", "national-limit", LIMIT_LINE, "")));
        assertEquals(2, document.zones().size());
        assertEquals(1, document.warnings().size());
        ZoneProblem warning = document.warnings().get(0);
        assertEquals(1, warning.featureIndex());
        assertEquals("TS-LIMIT", warning.zoneId());
        assertTrue(warning.message().contains("nearest land"), warning.message());
    }

    @Test
    void aLimitWithItsSideOrBesideForeignWatersIsImportedWithoutWarning() throws ZoneImportException {
        String sided = feature("TS-LIMIT", "national-limit", LIMIT_LINE,
                ",\"" + NationalLimitSides.SIDE_PROPERTY + "\":\"left\"");
        assertEquals(List.of(), geoJson.readDocument(collection(sided)).warnings());
        String pointed = feature("TS-LIMIT", "national-limit", LIMIT_LINE,
                ",\"" + NationalLimitSides.POINT_PROPERTY + "\":[113.9,10.6]");
        assertEquals(List.of(), geoJson.readDocument(collection(pointed)).warnings());
        String foreign = feature("FW", "foreign-waters",
                "{\"type\":\"Polygon\",\"coordinates\":[[[114.25,9.5],[116,9.5],[116,11.2],[114.25,11.2],[114.25,9.5]]]}", "");
        assertEquals(List.of(), geoJson.readDocument(collection(
                feature("TS-LIMIT", "national-limit", LIMIT_LINE, ""), foreign)).warnings());
    }

    @Test
    void aMalformedSidePropertyRefusesTheFeature() {
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(collection(
                feature("TS-LIMIT", "national-limit", LIMIT_LINE, ",\"" + NationalLimitSides.SIDE_PROPERTY + "\":\"west\""))));
        assertEquals("TS-LIMIT", refused.problems().get(0).zoneId());
        assertTrue(refused.problems().get(0).message().contains("left or right"), refused.getMessage());
    }

    @Test
    void aZoneWithTooManyVerticesIsRefusedByName() {
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(collection(
                feature("OK", "marine-protected-area", square(), ""), feature("HUGE", "custom", line(ZoneImport.MAX_VERTICES_PER_ZONE + 1), ""))));
        assertEquals(1, refused.problems().size());
        assertEquals("HUGE", refused.problems().get(0).zoneId());
        assertTrue(refused.problems().get(0).message().contains("at most " + ZoneImport.MAX_VERTICES_PER_ZONE),
                refused.getMessage());
    }

    @Test
    void aDocumentWithTooManyVerticesInAllIsRefusedAtTheZoneThatPassesTheCap() {
        int perZone = ZoneImport.MAX_VERTICES_PER_ZONE;
        int zones = ZoneImport.MAX_VERTICES_PER_DOCUMENT / perZone + 1;
        String[] features = new String[zones];
        for (int i = 0; i < zones; i++) {
            features[i] = feature("L" + i, "custom", line(perZone), "");
        }
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(collection(features)));
        assertEquals(1, refused.problems().size());
        assertEquals("L" + (zones - 1), refused.problems().get(0).zoneId());
    }

    @Test
    void anOverlongPropertyIsRefusedByNameWhateverItsLength() {
        for (int length : new int[] {ZoneImport.MAX_PROPERTY_CHARACTERS + 1, 21_000_000}) {
            String text = "x".repeat(length);
            ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(collection(
                    feature("LONG", "marine-protected-area", square(), ",\"legal\":\"" + text + "\""))));
            assertEquals("LONG", refused.problems().get(0).zoneId(), "length " + length);
            assertTrue(refused.problems().get(0).message().contains("'legal'"), "length " + length);
        }
        ZoneImportException longName = assertThrows(ZoneImportException.class, () -> geoJson.read(collection(
                feature("NAMED", "marine-protected-area", square(), ",\"name\":\"" + "n".repeat(ZoneImport.MAX_PROPERTY_CHARACTERS + 1) + "\""))));
        assertTrue(longName.problems().get(0).message().contains("'name'"), longName.getMessage());
    }

    @Test
    void kindsInTheirOldSpellingAreAcceptedWithAWarning() throws ZoneImportException {
        ZoneDocument document = geoJson.readDocument(collection(feature("U", "fishing_coastal", square(), ""),
                feature("H", "fishing-coastal", square(), ""), feature("M", "mpa", square(), ""),
                feature("S", "station_area", square(), "")));

        assertEquals(List.of(ZoneKind.FISHING_COASTAL, ZoneKind.FISHING_COASTAL, ZoneKind.MARINE_PROTECTED_AREA,
                ZoneKind.STATION_AREA), document.zones().stream().map(zone -> zone.kind()).toList());
        assertEquals(List.of("U", "M", "S"), document.warnings().stream().map(ZoneProblem::zoneId).toList());
        assertTrue(document.warnings().get(1).message().contains("'mpa' is the old spelling of 'marine-protected-area'"),
                document.warnings().get(1).message());
        assertEquals("lane-corridor", geoJson.read(collection(feature("LANE", "lane-corridor", square(), "")))
                .get(0).properties().get(ZoneGeoJson.SOURCE_KIND));
    }

    private static String line(int vertices) {
        StringBuilder coordinates = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < vertices; i++) {
            coordinates.append(i == 0 ? "" : ",").append('[').append(109 + i * 1e-6).append(",11]");
        }
        return coordinates.append("]}").toString();
    }

    private static String square() {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11],[109.2,11.2],[109,11.2],[109,11]]]}";
    }

    private static String feature(String id, String kind, String geometry, String moreProperties) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\"" + moreProperties
                + "},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
