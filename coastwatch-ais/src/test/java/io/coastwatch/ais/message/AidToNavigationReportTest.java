package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AidToNavigationReportTest {

    @Test
    void decodesAnAidWithANameExtension() {
        AidToNavigationReport report = (AidToNavigationReport) Sentences.decode(
                "!AIVDM,2,1,5,B,E1mg=5J1T4W0h97aRh6ba84<h2d;W:Te=eLvH50```q,0*46",
                "!AIVDM,2,2,5,B,:D44QDlp0C1DU00,2*36");
        assertEquals(123456789, report.mmsi());
        assertEquals(20, report.aidType());
        assertEquals("CHINA ROSE MURPHY EX", report.name());
        assertEquals("PRESS ALERT", report.nameExtension());
        assertEquals("CHINA ROSE MURPHY EXPRESS ALERT", report.fullName());
        assertFalse(report.positionAccurate());
        assertEquals(-122.6985917, report.longitudeDegrees(), 1e-7);
        assertEquals(47.9206183, report.latitudeDegrees(), 1e-7);
        assertEquals(new ShipDimensions(5, 5, 5, 5), report.dimensions());
        assertEquals(1, report.epfd());
        assertEquals(50, report.second());
        assertFalse(report.offPosition());
        assertEquals(165, report.regionalReserved());
        assertFalse(report.raim());
        assertFalse(report.virtualAid());
        assertTrue(Double.isNaN(report.speedKnots()));
        assertTrue(Double.isNaN(report.courseDegrees()));
        assertEquals(-1, report.headingDegrees());
    }

    @Test
    void decodesAnAidSentLongerThanItsName() {
        AidToNavigationReport report = (AidToNavigationReport) Sentences.decode(
                "!AIVDM,2,1,8,B,E03l90w4Q1h3h1:WdPOwwwwwwwwlQdn`:e55020@@@gP0000000000000000,0*47",
                "!AIVDM,2,2,8,B,00,4*19");
        assertEquals(4000003, report.mmsi());
        assertEquals("IBC G BUOY", report.name());
        assertEquals("", report.nameExtension());
        assertEquals("IBC G BUOY", report.fullName());
        assertTrue(report.positionAccurate());
        assertEquals(126.5722267, report.longitudeDegrees(), 1e-7);
    }

    @Test
    void aSpaceEndingAFullNameFieldBelongsToTheName() {
        AidToNavigationReport report = aid("NORTH ENTRANCE BUOY ", "NO 5");
        AidToNavigationReport decoded = (AidToNavigationReport) Sentences.decode(Sentences.encode(report));
        assertEquals(report, decoded);
        assertEquals("NORTH ENTRANCE BUOY NO 5", decoded.fullName());
    }

    @Test
    void anExtensionAfterAShortNameIsNotPartOfTheName() {
        AidToNavigationReport decoded =
                (AidToNavigationReport) Sentences.decode(Sentences.encode(aid("BUOY 7  ", "X")));
        assertEquals("BUOY 7  ", decoded.name());
        assertEquals("X", decoded.nameExtension());
        assertEquals("BUOY 7", decoded.fullName());
    }

    @Test
    void positionNotAvailable() {
        AidToNavigationReport report = new AidToNavigationReport(21, 0, 992351000, 0, "", false,
                NotAvailable.LONGITUDE, NotAvailable.LATITUDE, new ShipDimensions(0, 0, 0, 0), 0, 60, false, 0, false,
                true, false, 0, "");
        AidToNavigationReport decoded = (AidToNavigationReport) Sentences.decode(Sentences.encode(report));
        assertEquals(report, decoded);
        assertTrue(Double.isNaN(decoded.longitudeDegrees()));
        assertTrue(Double.isNaN(decoded.latitudeDegrees()));
        assertEquals(0, Sentences.decodeAll(Sentences.encode(report, 271)).size());
    }

    private static AidToNavigationReport aid(String name, String extension) {
        return new AidToNavigationReport(21, 0, 992351000, 1, name, true, 1000, 2000, new ShipDimensions(1, 2, 3, 4), 7,
                10, false, 0, false, false, false, 0, extension);
    }
}
