package io.coastwatch.ais.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.bits.BitWriter;
import org.junit.jupiter.api.Test;

class ChannelManagementTest {
    private static final double EPSILON = 1e-9;

    @Test
    void broadcastToAnArea() {
        String payload = "F030ot22N2P6aoQbhe4736L20000";
        ChannelManagement management = (ChannelManagement) Sentences.decode("!AIVDM,1,1,,A," + payload + ",0*1A");
        assertEquals(22, management.messageType());
        assertEquals(3160048, management.mmsi());
        assertEquals(2087, management.channelA());
        assertEquals(2088, management.channelB());
        assertEquals(0, management.txRxMode());
        assertFalse(management.lowPower());
        assertFalse(management.addressed());
        assertEquals(-44100, management.northEastLongitudeTenthMinute());
        assertEquals(27330, management.northEastLatitudeTenthMinute());
        assertEquals(-48100, management.southWestLongitudeTenthMinute());
        assertEquals(25400, management.southWestLatitudeTenthMinute());
        assertEquals(-73.5, management.northEastLongitudeDegrees(), EPSILON);
        assertEquals(45.55, management.northEastLatitudeDegrees(), EPSILON);
        assertEquals(-80.1666666667, management.southWestLongitudeDegrees(), EPSILON);
        assertEquals(42.3333333333, management.southWestLatitudeDegrees(), EPSILON);
        assertEquals(0, management.destinationMmsiA());
        assertEquals(4, management.transitionalZoneSize());
        assertEquals(5, management.transitionalZoneNauticalMiles());
        assertEquals(payload, Sentences.armoured(management));
    }

    @Test
    void addressedToTwoStations() {
        String payload = "F@@W>gOP00PH=JrN9l000?wB2HH;";
        ChannelManagement management = (ChannelManagement) Sentences.decode("!AIVDM,1,1,,A," + payload + ",0*44");
        assertTrue(management.addressed());
        assertEquals(1, management.repeatIndicator());
        assertEquals(3584, management.channelA());
        assertEquals(8, management.channelB());
        assertEquals(1, management.txRxMode());
        assertTrue(management.lowPower());
        assertEquals(28144881, management.destinationMmsiA());
        assertEquals(268435519, management.destinationMmsiB());
        assertEquals(0, management.northEastLongitudeTenthMinute());
        assertEquals(Double.NaN, management.northEastLongitudeDegrees());
        assertEquals(Double.NaN, management.southWestLatitudeDegrees());
        assertEquals(payload, Sentences.armoured(management), "spare bits of the addressed form are kept");
    }

    @Test
    void bandwidthFlagsAndZoneSize() {
        ChannelManagement management = (ChannelManagement) Sentences.decode(
                "!AIVDM,1,1,,B,Fe3>>MOD@GDF?ThcoCk02?ioQie4,0*03");
        assertFalse(management.channelABandwidth());
        assertTrue(management.channelBBandwidth());
        assertEquals(8, management.transitionalZoneNauticalMiles());
    }

    @Test
    void cornerNotAvailable() {
        ChannelManagement management = new ChannelManagement(22, 0, 1, 0, 2087, 2088, 0, false,
                181 * 600, 91 * 600, -180 * 600, -90 * 600, 0, 0, 0, 0, false, false, false, 0, 0);
        assertEquals(Double.NaN, management.northEastLongitudeDegrees());
        assertEquals(Double.NaN, management.northEastLatitudeDegrees());
        assertEquals(-180.0, management.southWestLongitudeDegrees());
        assertEquals(-90.0, management.southWestLatitudeDegrees());
    }

    @Test
    void shorterThan168BitsIsRejected() {
        assertTrue(Sentences.rejectedAsShort(new BitWriter().bits(22, 6).padTo(167)));
    }
}
