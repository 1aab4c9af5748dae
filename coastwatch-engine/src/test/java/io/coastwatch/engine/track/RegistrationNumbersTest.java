package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

    @Test
    void everyWritingOfOneNumberHasOneKey() {
        for (String written : new String[] {"NT-90123-TS", "NT 90123 TS", "NT90123TS", "nt-90123-ts", " NT-90123TS "}) {
            assertEquals("NT90123TS", RegistrationNumbers.key(written), written);
        }
    }

    @Test
    void vietnameseProvinceCodesMatchTheirAisSpelling() {
        assertEquals(RegistrationNumbers.key("QNG 90917 TS"), RegistrationNumbers.key("QNg 90917 TS"));
        assertEquals(RegistrationNumbers.key("DNA 90427 TS"), RegistrationNumbers.key("ĐNa 90427-TS"));
        assertEquals("QNg-90917-TS", RegistrationNumbers.canonical("QNg 90917 TS"));
        assertEquals("NT-02081-TS", RegistrationNumbers.canonical("NT02081-TS"));
    }

    @Test
    void otherTextsAreNotRegistrationNumbers() {
        for (String text : new String[] {"HAI PHONG 01", "NT-9012-TS", "NT-901234-TS", "NT-90123", "XVNA7", "",
                "MY VESSEL NT-90123-TS"}) {
            assertNull(RegistrationNumbers.key(text), text);
        }
        assertNull(RegistrationNumbers.key(null));
    }
}
