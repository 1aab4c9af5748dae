package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticAndVoyageDataTest {
    private static final String[] EVER_DIADEM = {
        "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
        "!AIVDM,2,2,1,A,88888888880,2*25",
    };

    @Test
    void decodesStaticAndVoyageData() {
        StaticAndVoyageData data = (StaticAndVoyageData) Sentences.decode(EVER_DIADEM);
        assertEquals(351759000, data.mmsi());
        assertEquals(0, data.aisVersion());
        assertEquals(9134270, data.imoNumber());
        assertEquals("3FOF8", data.callSign());
        assertEquals("EVER DIADEM", data.shipName());
        assertEquals(70, data.shipType());
        assertEquals(new ShipDimensions(225, 70, 1, 31), data.dimensions());
        assertEquals(295, data.dimensions().lengthMetres());
        assertEquals(32, data.dimensions().beamMetres());
        assertEquals(1, data.epfd());
        assertEquals(5, data.etaMonth());
        assertEquals(15, data.etaDay());
        assertEquals(14, data.etaHour());
        assertEquals(0, data.etaMinute());
        assertEquals(122, data.draughtTenthMetres());
        assertEquals(12.2, data.draughtMetres(), 1e-9);
        assertEquals("NEW YORK", data.destination());
        assertFalse(data.dteNotReady());
    }

    @Test
    void notAvailableValues() {
        StaticAndVoyageData data = new StaticAndVoyageData(5, 0, 271010059, 0, 0, "", "", 0,
                new ShipDimensions(0, 0, 0, 0), 0, 0, 0, 24, 60, 0, "", true, 0);
        StaticAndVoyageData decoded = (StaticAndVoyageData) Sentences.decode(Sentences.encode(data));
        assertEquals(data, decoded);
        assertTrue(Double.isNaN(decoded.draughtMetres()));
        assertEquals(-1, decoded.dimensions().lengthMetres());
        assertEquals(-1, decoded.dimensions().beamMetres());
    }

    @Test
    void toleratesMessagesCutShortTo420BitsAsGpsdDoes() {
        StaticAndVoyageData data = (StaticAndVoyageData) Sentences.decode(EVER_DIADEM);
        StaticAndVoyageData cut = (StaticAndVoyageData) Sentences.decode(Sentences.encode(data, 420));
        assertEquals("NEW YORK", cut.destination());
        assertEquals(data.dimensions(), cut.dimensions());
        assertEquals(0, Sentences.decodeAll(Sentences.encode(data, 419)).size());
    }
}
