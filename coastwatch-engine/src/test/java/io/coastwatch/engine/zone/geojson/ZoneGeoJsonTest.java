package io.coastwatch.engine.zone.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class ZoneGeoJsonTest {
    private final GeometryFactory factory = new GeometryFactory();
    private final ZoneGeoJson geoJson = new ZoneGeoJson(factory);

    @Test
    void demoZonesLoadWithTheirKindsAndLengthClasses() {
        Map<String, Zone> zones = DemoZones.ninhThuan(factory).stream()
                .collect(Collectors.toMap(Zone::id, Function.identity()));
        assertEquals(22, zones.size());
        assertEquals(ZoneKind.PORT, zones.get("PORT-CANA").kind());
        assertEquals("Polygon", zones.get("PORT-CANA").geometry().getGeometryType());
        assertEquals(ZoneKind.ANCHORAGE, zones.get("ANC-VINHHY").kind());
        assertEquals(ZoneKind.NATIONAL_LIMIT, zones.get("NT-LIMIT").kind());
        assertEquals(ZoneKind.STATION_AREA, zones.get("NT-AOR").kind());
        assertEquals(ZoneKind.TERRITORIAL_SEA, zones.get("VN-TS").kind());
        assertEquals(ZoneKind.MARINE_PROTECTED_AREA, zones.get("MPA-HONCAU").kind());
        assertEquals(ZoneKind.PORT, zones.get("PW-CAMRANH").kind());
        assertEquals("LineString", zones.get("PW-CAMRANH").geometry().getGeometryType());
        assertEquals(ZoneKind.CUSTOM, zones.get("A6-A7").kind());
        assertEquals("baseline_segment", zones.get("A6-A7").properties().get(ZoneGeoJson.SOURCE_KIND));
        assertEquals(Set.of(VesselLengthClass.UNDER_12_M), zones.get("FZ-VB").allowedLengthClasses());
        assertEquals(Set.of(VesselLengthClass.FROM_12_TO_15_M), zones.get("FZ-VL").allowedLengthClasses());
        assertEquals(Set.of(VesselLengthClass.FROM_15_M), zones.get("FZ-VK").allowedLengthClasses());
        assertEquals("Law of the Sea 2012 Art. 11; UNCLOS Art. 3", zones.get("VN-TS").properties().get("legal"));
        assertEquals("2480.6", zones.get("VN-TS").properties().get("area_km2"));
    }

    @Test
    void writtenZonesReadBackTheSame() throws ZoneImportException {
        List<Zone> zones = DemoZones.ninhThuan(factory);
        List<Zone> again = geoJson.read(geoJson.write(zones));
        assertEquals(zones.size(), again.size());
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            Zone read = again.get(i);
            assertEquals(zone.id(), read.id());
            assertEquals(zone.name(), read.name());
            assertEquals(zone.kind(), read.kind());
            assertEquals(zone.allowedLengthClasses(), read.allowedLengthClasses());
            assertEquals(zone.properties(), read.properties());
            assertTrue(zone.geometry().equalsTopo(read.geometry()), zone.id());
        }
    }

    @Test
    void selfIntersectingPolygonIsReportedWithFeatureIdAndPosition() {
        String bowTie = collection(feature("ok", "marine-protected-area", square()),
                feature("BOW", "restricted-area", "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11.2],"
                        + "[109.2,11],[109,11.2],[109,11]]]}"));
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(bowTie));
        assertEquals(1, refused.problems().size());
        ZoneProblem problem = refused.problems().get(0);
        assertEquals(1, problem.featureIndex());
        assertEquals("BOW", problem.zoneId());
        assertTrue(problem.message().contains("Self-intersection"), problem.message());
        assertEquals(109.1, problem.longitude(), 1e-9);
        assertEquals(11.1, problem.latitude(), 1e-9);
    }

    @Test
    void everyBadFeatureIsReportedAndNothingIsLoaded() {
        String bad = collection(
                feature("A", "no_such_kind", square()),
                feature("B", "marine-protected-area", "{\"type\":\"Point\",\"coordinates\":[109,11]}"),
                feature("C", "marine-protected-area", "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11],[109.2,11.2]]]}"),
                feature("D", "national-limit", square()),
                feature("E", "marine-protected-area", "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[209,11],[109,12],[109,11]]]}"),
                feature("E", "marine-protected-area", square()),
                feature("F", "marine-protected-area", square()));
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> geoJson.read(bad));
        List<Integer> features = refused.problems().stream().map(ZoneProblem::featureIndex).toList();
        assertEquals(List.of(0, 1, 2, 3, 4), features, refused.getMessage());
        assertTrue(refused.problems().get(0).message().contains("no_such_kind"));
        assertTrue(refused.problems().get(1).message().contains("Point"));
        assertTrue(refused.problems().get(3).message().contains("national-limit"));
        assertTrue(refused.problems().get(4).message().contains("out of range"));
    }

    @Test
    void duplicateIdsAndNonJsonAreRefused() {
        ZoneImportException duplicate = assertThrows(ZoneImportException.class,
                () -> geoJson.read(collection(feature("X", "marine-protected-area", square()), feature("X", "port", square()))));
        assertEquals(1, duplicate.problems().get(0).featureIndex());
        assertTrue(duplicate.problems().get(0).message().contains("duplicate"));
        assertThrows(ZoneImportException.class, () -> geoJson.read("{\"type\":\"FeatureCollection\",\"features\":["));
        assertThrows(ZoneImportException.class, () -> geoJson.read("{\"type\":\"Feature\"}"));
    }

    @Test
    void anIdThatCouldNotStandInAPathIsRefused() {
        for (String id : new String[] {"a/b", "../x", "-lead", "with space", "x".repeat(65)}) {
            ZoneImportException refused = assertThrows(ZoneImportException.class,
                    () -> geoJson.read(collection(feature(id, "mpa", square()))), id);
            assertEquals(id, refused.problems().get(0).zoneId());
            assertTrue(refused.problems().get(0).message().contains("must match"), refused.problems().toString());
        }
    }

    private static String square() {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[109,11],[109.2,11],[109.2,11.2],[109,11.2],[109,11]]]}";
    }

    private static String feature(String id, String kind, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"kind\":\"" + kind
                + "\"},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
