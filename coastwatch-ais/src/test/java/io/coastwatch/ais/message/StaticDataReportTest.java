package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticDataReportTest {
    private static final String PART_A = "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D";
    private static final String PART_B = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";

    @Test
    void decodesPartA() {
        StaticDataReport.PartA part = (StaticDataReport.PartA) Sentences.decode(PART_A);
        assertEquals(271041815, part.mmsi());
        assertEquals(0, part.partNumber());
        assertEquals("PROGUY", part.shipName());
        assertEquals(0, part.spare());
    }

    @Test
    void decodesPartB() {
        StaticDataReport.PartB part = (StaticDataReport.PartB) Sentences.decode(PART_B);
        assertEquals(271041815, part.mmsi());
        assertEquals(1, part.partNumber());
        assertEquals(60, part.shipType());
        assertEquals("1D0", part.manufacturerId());
        assertEquals(12, part.unitModelCode());
        assertEquals(199796, part.serialNumber());
        assertEquals("1D00014", part.legacyVendorId());
        assertEquals("TC6163", part.callSign());
        assertEquals(new ShipDimensions(0, 15, 0, 5), part.dimensions());
        assertEquals(15, part.dimensions().lengthMetres());
        assertEquals(5, part.dimensions().beamMetres());
        assertFalse(part.auxiliaryCraft());
        assertEquals(-1, part.mothershipMmsi());
    }

    @Test
    void anAuxiliaryCraftSendsItsMothershipInPlaceOfDimensions() {
        int mothership = 271041815;
        ShipDimensions field = new ShipDimensions(mothership >>> 21, (mothership >>> 12) & 0x1FF,
                (mothership >>> 6) & 0x3F, mothership & 0x3F);
        StaticDataReport.PartB part = new StaticDataReport.PartB(24, 0, 982710001, 1, 0, "", 0, 0, "", field, 0, 0);
        StaticDataReport.PartB decoded = (StaticDataReport.PartB) Sentences.decode(Sentences.encode(part));
        assertTrue(decoded.auxiliaryCraft());
        assertEquals(mothership, decoded.mothershipMmsi());
    }

    @Test
    void aShortVendorIdEndsTheLegacyVendorId() {
        StaticDataReport.PartB part = new StaticDataReport.PartB(24, 0, 271041815, 1, 37, "AB", 12, 199796, "",
                new ShipDimensions(0, 0, 0, 0), 0, 0);
        StaticDataReport.PartB decoded = (StaticDataReport.PartB) Sentences.decode(Sentences.encode(part));
        assertEquals("AB", decoded.manufacturerId());
        assertEquals("AB", decoded.legacyVendorId());
    }

    @Test
    void partAIsTakenAt160To168Bits() {
        StaticDataReport.PartA part = (StaticDataReport.PartA) Sentences.decode(PART_A);
        assertEquals(part, Sentences.decode(Sentences.encode(part, 160)));
        assertEquals(0, Sentences.decodeAll(Sentences.encode(part, 159)).size());
        StaticDataReport.PartA withSpare = new StaticDataReport.PartA(24, 0, 271041815, 0, "PROGUY", 0xA5);
        assertEquals(withSpare, Sentences.decode(Sentences.encode(withSpare)));
    }
}
