package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseStationReportTest {

    @Test
    void decodesABaseStationReport() {
        BaseStationReport report =
                (BaseStationReport) Sentences.decode("!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D");
        assertEquals(4, report.messageType());
        assertEquals(3669702, report.mmsi());
        assertEquals(2007, report.year());
        assertEquals(5, report.month());
        assertEquals(14, report.day());
        assertEquals(19, report.hour());
        assertEquals(57, report.minute());
        assertEquals(39, report.second());
        assertTrue(report.positionAccurate());
        assertEquals(-45811417, report.longitudeTenThousandthMinute());
        assertEquals(22130260, report.latitudeTenThousandthMinute());
        assertEquals(-76.3523617, report.longitudeDegrees(), 1e-7);
        assertEquals(36.8837667, report.latitudeDegrees(), 1e-7);
        assertEquals(7, report.epfd());
        assertFalse(report.raim());
        assertEquals(67039, report.radioStatus());
    }

    @Test
    void aFixedStationHasNoSpeedCourseOrHeading() {
        PositionReport report = (PositionReport) Sentences.decode("!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D");
        assertTrue(Double.isNaN(report.speedKnots()));
        assertTrue(Double.isNaN(report.courseDegrees()));
        assertEquals(-1, report.headingDegrees());
    }

    @Test
    void decodesAUtcDateResponseWithTheSameLayout() {
        BaseStationReport report = (BaseStationReport) Sentences.decode(
                "!AIVDM,1,1,,B,;4R33:1uUK2F`q?mOt@@GoQ00000,0*5D");
        assertEquals(11, report.messageType());
        assertEquals(304137000, report.mmsi());
        assertEquals(2009, report.year());
        assertEquals(22, report.day());
        assertEquals(-94.4076833, report.longitudeDegrees(), 1e-7);
        assertEquals(1, report.epfd());
    }

    @Test
    void positionAndTimeNotAvailable() {
        BaseStationReport report =
                (BaseStationReport) Sentences.decode("!AIVDM,1,1,,A,402Fha0000Htt<tSF0l4Q@000d20,0*65");
        assertEquals(0, report.year());
        assertEquals(24, report.hour());
        assertEquals(60, report.second());
        assertEquals(NotAvailable.LONGITUDE, report.longitudeTenThousandthMinute());
        assertTrue(Double.isNaN(report.longitudeDegrees()));
        assertTrue(Double.isNaN(report.latitudeDegrees()));
    }

    @Test
    void keepsTheLongRangeControlBitAndTheSpareBits() {
        BaseStationReport report = new BaseStationReport(4, 0, 2470052, 2024, 1, 2, 3, 4, 5, false, 0, 0, 1, true,
                0x155, false, 0);
        assertEquals(report, Sentences.decode(Sentences.encode(report)));
    }

    @Test
    void rejectsMessagesShorterThan168Bits() {
        BaseStationReport report = new BaseStationReport(4, 0, 2470052, 2024, 1, 2, 3, 4, 5, false, 0, 0, 1, false, 0,
                false, 0);
        assertEquals(1, Sentences.decodeAll(Sentences.encode(report, 168)).size());
        assertEquals(0, Sentences.decodeAll(Sentences.encode(report, 167)).size());
    }
}
