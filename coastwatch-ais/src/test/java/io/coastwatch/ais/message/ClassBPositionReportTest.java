package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassBPositionReportTest {

    @Test
    void decodesAStandardClassBReport() {
        StandardClassBPositionReport report = (StandardClassBPositionReport) Sentences.decode(
                "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C");
        assertEquals(338087471, report.mmsi());
        assertEquals(0, report.reserved());
        assertEquals(1, report.speedTenthKnots());
        assertEquals(0.1, report.speedKnots(), 1e-9);
        assertFalse(report.positionAccurate());
        assertEquals(-74.0721317, report.longitudeDegrees(), 1e-7);
        assertEquals(40.68454, report.latitudeDegrees(), 1e-7);
        assertEquals(79.6, report.courseDegrees(), 1e-9);
        assertEquals(511, report.trueHeading());
        assertEquals(-1, report.headingDegrees());
        assertEquals(49, report.second());
        assertEquals(0, report.regionalReserved());
        assertTrue(report.carrierSenseUnit());
        assertFalse(report.hasDisplay());
        assertTrue(report.hasDsc());
        assertTrue(report.wholeBand());
        assertTrue(report.acceptsMessage22());
        assertFalse(report.assignedMode());
        assertTrue(report.raim());
        assertEquals(917510, report.radioStatus());
    }

    @Test
    void decodesAnExtendedClassBReport() {
        ExtendedClassBPositionReport report = (ExtendedClassBPositionReport) Sentences.decode(
                "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B");
        assertEquals(367059850, report.mmsi());
        assertEquals(248, report.reserved());
        assertEquals(8.7, report.speedKnots(), 1e-9);
        assertEquals(-88.8103917, report.longitudeDegrees(), 1e-7);
        assertEquals(29.543695, report.latitudeDegrees(), 1e-7);
        assertEquals(335.9, report.courseDegrees(), 1e-9);
        assertEquals(-1, report.headingDegrees());
        assertEquals(46, report.second());
        assertEquals(4, report.regionalReserved());
        assertEquals("CAPT.J.RIMES", report.shipName());
        assertEquals(70, report.shipType());
        assertEquals(new ShipDimensions(5, 21, 4, 4), report.dimensions());
        assertEquals(1, report.epfd());
        assertFalse(report.raim());
        assertFalse(report.dteNotReady());
        assertFalse(report.assignedMode());
    }

    @Test
    void notAvailableValues() {
        StandardClassBPositionReport report = new StandardClassBPositionReport(18, 0, 338087471, 0, NotAvailable.SPEED,
                false, NotAvailable.LONGITUDE, NotAvailable.LATITUDE, NotAvailable.COURSE, NotAvailable.HEADING, 60, 0,
                true, false, false, false, false, false, false, 0);
        PositionReport decoded = (PositionReport) Sentences.decode(Sentences.encode(report));
        assertEquals(report, decoded);
        assertTrue(Double.isNaN(decoded.speedKnots()));
        assertTrue(Double.isNaN(decoded.longitudeDegrees()));
        assertTrue(Double.isNaN(decoded.latitudeDegrees()));
        assertTrue(Double.isNaN(decoded.courseDegrees()));
        assertEquals(-1, decoded.headingDegrees());
    }
}
