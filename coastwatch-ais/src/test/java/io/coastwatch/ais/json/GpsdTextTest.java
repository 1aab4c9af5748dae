package io.coastwatch.ais.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GpsdTextTest {

    @Test
    void shipTypeLegends() {
        assertEquals("Not available", GpsdText.shipType(0));
        assertEquals("Reserved for future use", GpsdText.shipType(19));
        assertEquals("Wing in ground (WIG) - Hazardous category A", GpsdText.shipType(21));
        assertEquals("Pleasure Craft", GpsdText.shipType(37));
        assertEquals("High speed craft (HSC) - No additional information", GpsdText.shipType(49));
        assertEquals("Law Enforcement", GpsdText.shipType(55));
        assertEquals("Ship according to RR Resolution No. 18", GpsdText.shipType(59));
        assertEquals("Passenger - all ships of this type", GpsdText.shipType(60));
        assertEquals("Cargo - all ships of this type", GpsdText.shipType(70));
        assertEquals("Tanker - Hazardous category D", GpsdText.shipType(84));
        assertEquals("Other Type - no additional information", GpsdText.shipType(99));
        assertEquals("INVALID SHIP TYPE", GpsdText.shipType(100));
        assertEquals("INVALID SHIP TYPE", GpsdText.shipType(255));
    }

    @Test
    void stationTypeLegends() {
        assertEquals("All types of mobiles", GpsdText.stationType(0));
        assertEquals("Class B shipborne mobile station", GpsdText.stationType(5));
        assertEquals("Regional use and inland waterways", GpsdText.stationType(6));
        assertEquals("Regional use and inland waterways", GpsdText.stationType(9));
        assertEquals("Reserved for future use", GpsdText.stationType(15));
        assertEquals("INVALID STATION TYPE", GpsdText.stationType(16));
    }

    @Test
    void shipTypes() {
        assertEquals("Not available", GpsdText.shipType(0));
        assertEquals("Reserved for future use", GpsdText.shipType(19));
        assertEquals("Wing in ground (WIG) - all ships of this type", GpsdText.shipType(20));
        assertEquals("Wing in ground (WIG) - Hazardous category D", GpsdText.shipType(24));
        assertEquals("Wing in ground (WIG) - Reserved for future use", GpsdText.shipType(29));
        assertEquals("Towing: length exceeds 200m or breadth exceeds 25m", GpsdText.shipType(32));
        assertEquals("Pleasure Craft", GpsdText.shipType(37));
        assertEquals("High speed craft (HSC) - No additional information", GpsdText.shipType(49));
        assertEquals("Ship according to RR Resolution No. 18", GpsdText.shipType(59));
        assertEquals("Passenger - all ships of this type", GpsdText.shipType(60));
        assertEquals("Cargo - Hazardous category A", GpsdText.shipType(71));
        assertEquals("Tanker - Reserved for future use", GpsdText.shipType(88));
        assertEquals("Other Type - no additional information", GpsdText.shipType(99));
        assertEquals("INVALID SHIP TYPE", GpsdText.shipType(100));
    }

    @Test
    void positionFixingDevices() {
        assertEquals("Undefined", GpsdText.epfd(0));
        assertEquals("Surveyed", GpsdText.epfd(7));
        assertEquals("Reserved (14)", GpsdText.epfd(14));
        assertEquals("Internal GNSS", GpsdText.epfd(15));
    }

    @Test
    void aidTypes() {
        assertEquals("Unspecified", GpsdText.aidType(0));
        assertEquals("Cardinal Mark N", GpsdText.aidType(20));
        assertEquals("Light Vessel / LANBY / Rigs", GpsdText.aidType(31));
    }

    @Test
    void navigationStatusOfRecentGpsd() {
        assertEquals("Restricted maneuverability", GpsdText.navigationStatus(3));
        assertEquals("AIS-SART is active", GpsdText.navigationStatus(14));
    }
}
