package io.coastwatch.server.vessel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.track.VesselSnapshot;
import org.junit.jupiter.api.Test;

/** The text search of {@code GET /api/v1/vessels}: what an officer types finds the vessel however it was typed. */
class VesselFilterTest {
    private static final VesselSnapshot FISHER = new VesselSnapshot(1, 574_118_604, 0, "XVBP3", "TAU CA 8161",
            "NT-91184-TS", null, 30, 15, 5, 2.5, null, 0, "VN", null, 0);
    private static final VesselSnapshot PATROL = new VesselSnapshot(2, 574_000_003, 0, null, "Biên phòng 03", null, null,
            55, 30, 7, 3, null, 0, "VN", null, 0);

    private static boolean finds(String q, VesselSnapshot vessel) {
        return VesselFilter.parse(null, null, null, null, q).test(vessel);
    }

    @Test
    void ignoresDiacriticsCaseAndSeparators() {
        assertTrue(finds("Tàu cá 8161", FISHER));
        assertTrue(finds("tau-ca-8161", FISHER));
        assertTrue(finds("NT91184", FISHER), "the registration number typed without its dashes");
        assertTrue(finds("nt 91184", FISHER));
        assertTrue(finds("91184-TS", FISHER));
        assertTrue(finds("BIEN PHONG", PATROL), "the name typed without its accents");
        assertTrue(finds("biên phòng", PATROL));
        assertTrue(finds("574118", FISHER), "the MMSI");
        assertTrue(finds("xvbp3", FISHER), "the call sign");
    }

    @Test
    void stillTellsVesselsApart() {
        assertFalse(finds("Tàu cá 8162", FISHER));
        assertFalse(finds("biên phòng", FISHER));
        assertFalse(finds("NT91185", FISHER));
    }

    @Test
    void foldsVietnameseLettersToTheirBaseLetters() {
        assertEquals("duongcosodao", VesselFilter.fold("Đường cơ sở — đảo"));
        assertEquals("nt91184ts", VesselFilter.fold("NT-91184-TS"));
        assertNull(VesselFilter.parse(null, null, null, null, " - ").text(), "separators alone filter nothing");
    }
}
