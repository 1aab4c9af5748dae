package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SarAircraftPositionReportTest {

    @Test
    void decodesASarAircraftReport() {
        SarAircraftPositionReport report = (SarAircraftPositionReport) Sentences.decode(
                "!AIVDM,1,1,,B,91b55wi;hbOS@OdQAC062Ch2089h,0*30");
        assertEquals(111232511, report.mmsi());
        assertEquals(303, report.altitudeWholeMetres());
        assertEquals(303, report.altitudeMetres());
        assertEquals(42, report.speedWholeKnots());
        assertEquals(42.0, report.speedKnots());
        assertFalse(report.positionAccurate());
        assertEquals(-6.2788433, report.longitudeDegrees(), 1e-7);
        assertEquals(58.144, report.latitudeDegrees(), 1e-7);
        assertEquals(1545, report.courseTenthDegrees());
        assertEquals(154.5, report.courseDegrees(), 1e-9);
        assertEquals(15, report.second());
        assertTrue(report.dteNotReady());
        assertFalse(report.raim());
        assertEquals(33392, report.radioStatus());
        assertEquals(-1, report.headingDegrees());
    }

    @Test
    void notAvailableAndCeilingValues() {
        SarAircraftPositionReport unknown = new SarAircraftPositionReport(9, 0, 111265591, 4095, 1023, false,
                NotAvailable.LONGITUDE, NotAvailable.LATITUDE, 3600, 60, 0, true, 0, false, false, 0);
        SarAircraftPositionReport decoded = (SarAircraftPositionReport) Sentences.decode(Sentences.encode(unknown));
        assertEquals(unknown, decoded);
        assertEquals(-1, decoded.altitudeMetres());
        assertTrue(Double.isNaN(decoded.speedKnots()));
        assertTrue(Double.isNaN(decoded.courseDegrees()));
        assertTrue(Double.isNaN(decoded.longitudeDegrees()));
        assertTrue(Double.isNaN(decoded.latitudeDegrees()));

        SarAircraftPositionReport high = new SarAircraftPositionReport(9, 0, 111265591, 4094, 1022, false, 0, 0, 0, 0,
                0, false, 0, false, false, 0);
        assertEquals(4094, high.altitudeMetres());
        assertEquals(1022.0, high.speedKnots());
    }
}
