package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaritimeIdentificationDigitsTest {

    @Test
    void shipStationFlagComesFromTheFirstThreeDigits() {
        assertEquals("VN", MaritimeIdentificationDigits.flag(574_123_456));
        assertEquals("CN", MaritimeIdentificationDigits.flag(413_000_001));
        assertEquals("PA", MaritimeIdentificationDigits.flag(351_999_000));
        assertEquals("SG", MaritimeIdentificationDigits.flag(566_100_200));
        assertEquals("LR", MaritimeIdentificationDigits.flag(636_012_345));
    }

    @Test
    void specialStationsCarryTheirMidElsewhere() {
        assertEquals(574, MaritimeIdentificationDigits.mid(5_740_001));        // 00MIDxxxx coast station
        assertEquals(574, MaritimeIdentificationDigits.mid(57_400_001));       // 0MIDxxxxx group
        assertEquals(574, MaritimeIdentificationDigits.mid(111_574_001));      // SAR aircraft
        assertEquals(574, MaritimeIdentificationDigits.mid(995_741_234));      // aid to navigation
        assertEquals(574, MaritimeIdentificationDigits.mid(985_741_234));      // craft of a parent ship
        assertEquals(574, MaritimeIdentificationDigits.mid(857_412_345));      // handheld VHF
        assertEquals("VN", MaritimeIdentificationDigits.flag(995_741_234));
        assertEquals("VN", MaritimeIdentificationDigits.flag(111_574_001));
        assertEquals("TH", MaritimeIdentificationDigits.flag(985_671_234));
    }

    @Test
    void devicesWithoutMidAndUnassignedMidsHaveNoFlag() {
        assertNull(MaritimeIdentificationDigits.flag(970_123_456));           // AIS-SART
        assertNull(MaritimeIdentificationDigits.flag(972_123_456));           // MOB
        assertNull(MaritimeIdentificationDigits.flag(974_123_456));           // EPIRB-AIS
        assertNull(MaritimeIdentificationDigits.flag(200_000_000));           // MID 200 unassigned
        assertNull(MaritimeIdentificationDigits.flag(123_456_789));           // 1xx not a MID
        assertNull(MaritimeIdentificationDigits.flag(0));
        assertNull(MaritimeIdentificationDigits.country(999));
    }
}
