package io.coastwatch.engine.zone.kml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.VesselLengthClass;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import io.coastwatch.engine.zone.geojson.ZoneDocument;
import io.coastwatch.engine.zone.geojson.ZoneImportException;
import io.coastwatch.engine.zone.geojson.ZoneProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ZoneKmlTest {
    private final ZoneKml kml = new ZoneKml(new GeometryFactory());

    @Test
    void qgisExportWithSchemaDataGivesAMultiPolygonAndALine() throws Exception {
        List<Zone> zones = kml.read(resource("qgis-export.kml"));

        assertEquals(2, zones.size());
        Zone mpa = zones.get(0);
        assertEquals("MPA-TEST", mpa.id());
        assertEquals("Khu bảo tồn biển Hòn Cau", mpa.name());
        assertEquals(ZoneKind.MARINE_PROTECTED_AREA, mpa.kind());
        assertEquals(2, ((MultiPolygon) mpa.geometry()).getNumGeometries());
        assertEquals(0.02, mpa.geometry().getArea(), 1e-9);
        assertEquals("Quyết định 1234/QĐ-UBND", mpa.properties().get("legal"));
        Zone limit = zones.get(1);
        assertEquals(ZoneKind.NATIONAL_LIMIT, limit.kind());
        assertEquals("LineString", limit.geometry().getGeometryType());
        assertEquals(3, limit.geometry().getNumPoints());
    }

    @Test
    void googleEarthPlacemarksTakeKindFromTheDescriptionOrExtendedData() throws Exception {
        List<Zone> zones = kml.read(resource("google-earth.kml"));

        assertEquals(2, zones.size());
        Zone restricted = zones.get(0);
        assertEquals("RA-MUIDINH", restricted.id());
        assertEquals("Vùng cấm Mũi Dinh", restricted.name());
        assertEquals(ZoneKind.RESTRICTED_AREA, restricted.kind());
        Polygon withHole = (Polygon) restricted.geometry();
        assertEquals(1, withHole.getNumInteriorRing());
        assertEquals(0.01 - 0.0004, withHole.getArea(), 1e-9);
        assertTrue(restricted.properties().get("description").contains("Bộ Chỉ huy BĐBP tỉnh"));
        Zone inshore = zones.get(1);
        assertEquals("FZ-VL-TEST", inshore.id());
        assertEquals(ZoneKind.FISHING_INSHORE, inshore.kind());
        assertEquals(Set.of(VesselLengthClass.FROM_12_TO_15_M, VesselLengthClass.FROM_15_M),
                inshore.allowedLengthClasses());
        assertFalse(inshore.properties().containsKey("lengthClasses"));
    }

    @Test
    void aNationalLimitsSideComesFromExtendedDataAndItsAbsenceIsWarnedOf() throws Exception {
        String withSide = limitPlacemark("<Data name=\"vietnameseSide\"><value>left</value></Data>");
        ZoneDocument sided = kml.readDocument(withSide);
        assertEquals("left", sided.zones().get(0).properties().get("vietnameseSide"));
        assertEquals(List.of(), sided.warnings());
        ZoneDocument unsided = kml.readDocument(limitPlacemark(""));
        assertEquals(1, unsided.warnings().size());
        assertEquals("TS-LIMIT", unsided.warnings().get(0).zoneId());
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> kml.read(
                limitPlacemark("<Data name=\"vietnameseSide\"><value>seaward</value></Data>")));
        assertEquals("TS-LIMIT", refused.problems().get(0).zoneId());
    }

    private static String limitPlacemark(String moreData) {
        return "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>TS-LIMIT</name>"
                + "<ExtendedData><Data name=\"kind\"><value>national-limit</value></Data>" + moreData + "</ExtendedData>"
                + "<LineString><coordinates>114.25,9.5 114.25,11.2</coordinates></LineString></Placemark></Document></kml>";
    }

    @Test
    void everyBadPlacemarkIsReportedWithWhereAndNothingIsLoaded() {
        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> kml.read(resource("invalid.kml")));
        List<ZoneProblem> problems = refused.problems();

        assertEquals(List.of(1, 2, 3, 4), problems.stream().map(ZoneProblem::featureIndex).toList(), problems.toString());
        ZoneProblem bowTie = problems.get(0);
        assertEquals("BOW-TIE", bowTie.zoneId());
        assertTrue(bowTie.message().contains("Self-intersection"), bowTie.message());
        assertEquals(109.1, bowTie.longitude(), 1e-9);
        assertEquals(11.1, bowTie.latitude(), 1e-9);
        ZoneProblem badNumber = problems.get(1);
        assertEquals("BAD-NUMBER", badNumber.zoneId());
        assertEquals("<coordinates> at line 16: coordinate '109.1,north' is not numbers", badNumber.message());
        assertTrue(problems.get(2).message().contains("a Point cannot be a zone"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains("no kind"), problems.get(3).message());
        assertEquals("NO-KIND", problems.get(3).zoneId());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY leak SYSTEM "%s">]>
                <kml><Placemark><name>&leak;</name>
                <ExtendedData><Data name="kind"><value>custom</value></Data></ExtendedData>
                <LineString><coordinates>109,11 109.1,11.1</coordinates></LineString></Placemark></kml>
                """.formatted(secret.toUri());

        ZoneImportException refused = assertThrows(ZoneImportException.class, () -> kml.read(xxe));

        assertEquals(1, refused.problems().size());
        assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
        assertEquals(-1, refused.problems().get(0).featureIndex());
    }

    @Test
    void aDocumentThatIsNotKmlIsRefusedAsAWhole() {
        ZoneImportException html = assertThrows(ZoneImportException.class, () -> kml.read("<html><body/></html>"));
        assertTrue(html.getMessage().contains("root element is <html>"), html.getMessage());
        ZoneImportException broken = assertThrows(ZoneImportException.class, () -> kml.read("<kml><Placemark>"));
        assertTrue(broken.getMessage().contains("not KML"), broken.getMessage());
        ZoneImportException empty = assertThrows(ZoneImportException.class, () -> kml.read("<kml><Document/></kml>"));
        assertNull(empty.problems().get(0).zoneId());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ZoneKmlTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
