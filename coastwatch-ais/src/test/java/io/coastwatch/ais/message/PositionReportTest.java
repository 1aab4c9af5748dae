package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stations' positions read through {@link PositionReport}, whatever the message type. */
class PositionReportTest {

    @Test
    void everyPositionBearingTypeIsAPositionReport() {
        String[] sentences = {
            "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
            "!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D",
            "!AIVDM,1,1,,A,91b77=h3h00nHt0Q3r@@07000<0b,0*69",
            "!AIVDM,1,1,,B,;4R33:1uUK2F`q?mOt@@GoQ00000,0*5D",
            "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C",
            "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B",
            "!AIVDM,1,1,,A,KCQ9r=hrFUnH7P00,0*41",
        };
        for (String sentence : sentences) {
            PositionReport report = assertInstanceOf(PositionReport.class, Sentences.decode(sentence), sentence);
            assertTrue(Math.abs(report.longitudeDegrees()) <= 180, sentence);
            assertTrue(Math.abs(report.latitudeDegrees()) <= 90, sentence);
        }
    }

    @Test
    void classAReportThroughTheInterface() {
        PositionReport report = (PositionReport) Sentences.decode("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A");
        assertEquals(371798000, report.mmsi());
        assertEquals(-123.3953833, report.longitudeDegrees(), 1e-7);
        assertEquals(48.3816333, report.latitudeDegrees(), 1e-7);
        assertTrue(report.positionAccurate());
        assertEquals(12.3, report.speedKnots(), 1e-9);
        assertEquals(224.0, report.courseDegrees(), 1e-9);
        assertEquals(215, report.headingDegrees());
    }

    @Test
    void staticDataIsNotAPositionReport() {
        assertFalse(Sentences.decode("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D") instanceof PositionReport);
    }

    @Test
    void aClassAReportCutTo163BitsKeepsTheRadioBitsItHasAsGpsdDoes() {
        PositionReportClassA cut = (PositionReportClassA) Sentences.decode(
                "!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,5*63");
        PositionReportClassA whole = (PositionReportClassA) Sentences.decode(
                "!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,0*66");
        assertEquals(34463, whole.radioStatus());
        assertEquals(34463 >>> 5, cut.radioStatus());
        assertEquals(whole.longitudeTenThousandthMinute(), cut.longitudeTenThousandthMinute());
        assertEquals(0, Sentences.decodeAll(Sentences.encode(whole, 162)).size());
    }
}
