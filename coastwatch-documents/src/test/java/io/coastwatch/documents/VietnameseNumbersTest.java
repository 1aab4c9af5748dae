package io.coastwatch.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void aDotGroupsTheThousands() {
        assertEquals("0", VietnameseNumbers.count(0));
        assertEquals("999", VietnameseNumbers.count(999));
        assertEquals("12.480", VietnameseNumbers.count(12_480));
        assertEquals("1.234.567", VietnameseNumbers.count(1_234_567));
        assertEquals("-12.480", VietnameseNumbers.count(-12_480));
    }

    @Test
    void aCommaMarksTheDecimalsRoundedHalfUp() {
        assertEquals("2,5", VietnameseNumbers.decimal(2.5, 1));
        assertEquals("12.480,25", VietnameseNumbers.decimal(12_480.25, 2));
        assertEquals("0,13", VietnameseNumbers.decimal(0.125, 2));
        assertEquals("3", VietnameseNumbers.decimal(2.5, 0));
        assertThrows(IllegalArgumentException.class, () -> VietnameseNumbers.decimal(1, -1));
    }

    @Test
    void aPercentageHasOneDecimalAndASpaceBeforeItsSign() {
        assertEquals("104,0 %", VietnameseNumbers.percent(104));
        assertEquals("99,9 %", VietnameseNumbers.percent(99.94));
        assertEquals("1.250,0 %", VietnameseNumbers.percent(1_250));
    }

    @Test
    void aDifferenceCarriesItsSignAndZeroNone() {
        assertEquals("+1.200", VietnameseNumbers.signedCount(1_200));
        assertEquals("-3", VietnameseNumbers.signedCount(-3));
        assertEquals("0", VietnameseNumbers.signedCount(0));
        assertEquals("+4,0 %", VietnameseNumbers.signedPercent(4));
        assertEquals("-12,5 %", VietnameseNumbers.signedPercent(-12.5));
        assertEquals("0,0 %", VietnameseNumbers.signedPercent(0.01));
    }

    @Test
    void theFormatsAreNewInstancesForOneThreadEach() {
        assertEquals("12.480", VietnameseNumbers.countFormat().format(12_480));
        assertEquals(false, VietnameseNumbers.countFormat() == VietnameseNumbers.countFormat());
    }
}
