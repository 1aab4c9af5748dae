package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LongRangePositionReportTest {

    @Test
    void decodesALongRangeReport() {
        LongRangePositionReport report = (LongRangePositionReport) Sentences.decode(
                "!AIVDM,1,1,,A,KCQ9r=hrFUnH7P00,0*41");
        assertEquals(1, report.repeatIndicator());
        assertEquals(236091959, report.mmsi());
        assertFalse(report.positionAccurate());
        assertFalse(report.raim());
        assertEquals(3, report.navigationStatus());
        assertEquals(-92521, report.longitudeTenthMinute());
        assertEquals(52239, report.latitudeTenthMinute());
        assertEquals(-154.20167, report.longitudeDegrees(), 1e-5);
        assertEquals(87.065, report.latitudeDegrees(), 1e-9);
        assertEquals(0.0, report.speedKnots());
        assertEquals(0.0, report.courseDegrees());
        assertEquals(-1, report.headingDegrees());
        assertFalse(report.positionLatent());
    }

    @Test
    void decodesTheOversizedFullSlotVariant() {
        LongRangePositionReport report = (LongRangePositionReport) Sentences.decode(
                "!AIVDM,1,1,,B,KC5E2b@U19PFdLbMuc5=ROv62<7m,0*16");
        assertEquals(206914217, report.mmsi());
        assertEquals(137.0233, report.longitudeDegrees(), 1e-4);
        assertEquals(4.84, report.latitudeDegrees(), 1e-9);
        assertEquals(57.0, report.speedKnots());
        assertEquals(167.0, report.courseDegrees());
    }

    @Test
    void notAvailableValues() {
        LongRangePositionReport report = new LongRangePositionReport(27, 0, 236091959, false, false, 15, 181 * 600,
                91 * 600, 63, 511, true, 0);
        LongRangePositionReport decoded = (LongRangePositionReport) Sentences.decode(Sentences.encode(report));
        assertEquals(report, decoded);
        assertTrue(Double.isNaN(decoded.longitudeDegrees()));
        assertTrue(Double.isNaN(decoded.latitudeDegrees()));
        assertTrue(Double.isNaN(decoded.speedKnots()));
        assertTrue(Double.isNaN(decoded.courseDegrees()));
        assertEquals(0, Sentences.decodeAll(Sentences.encode(report, 95)).size());
    }
}
