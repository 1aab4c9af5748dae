package io.coastwatch.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The server's vessel kinds, from the MMSI's form and flag, the AIS ship type and the registry. */
class VesselKindTest {

    @Test
    void fishingVesselsAreVietnameseByFlagOrRegistryAndForeignOtherwise() {
        assertEquals(VesselKind.VN_FISHING, VesselKind.of(vessel(574123456, 30, "VN", null, null)));
        assertEquals(VesselKind.FOREIGN_FISHING, VesselKind.of(vessel(412345678, 30, "CN", null, null)));
        assertEquals(VesselKind.VN_FISHING, VesselKind.of(vessel(0, -1, null, "NT-91184-TS", null)));
        assertEquals(VesselKind.VN_FISHING, VesselKind.of(vessel(0, -1, null, null, "VMS-0042")));
    }

    @Test
    void shipTypesNameCargoTankersPassengersAndPatrols() {
        assertEquals(VesselKind.CARGO, VesselKind.of(vessel(351000001, 70, "PA", null, null)));
        assertEquals(VesselKind.CARGO, VesselKind.of(vessel(351000001, 79, "PA", null, null)));
        assertEquals(VesselKind.TANKER, VesselKind.of(vessel(351000002, 84, "PA", null, null)));
        assertEquals(VesselKind.PASSENGER, VesselKind.of(vessel(574000003, 60, "VN", null, null)));
        assertEquals(VesselKind.PATROL, VesselKind.of(vessel(574000004, 55, "VN", null, null)));
        assertEquals(VesselKind.PATROL, VesselKind.of(vessel(574000005, 35, "VN", null, null)));
        assertEquals(VesselKind.OTHER, VesselKind.of(vessel(574000006, -1, "VN", null, null)));
        assertEquals(VesselKind.OTHER, VesselKind.of(vessel(574000007, 52, "VN", null, null)));
    }

    @Test
    void coastStationsAndAidsToNavigationAreNoVessels() {
        assertEquals(VesselKind.BASE_STATION, VesselKind.of(vessel(5741234, -1, "VN", null, null))); // 00574 1234
        assertEquals(VesselKind.AID_TO_NAVIGATION, VesselKind.of(vessel(995741234, -1, "VN", null, null)));
        assertEquals(VesselKind.OTHER, VesselKind.of(vessel(970123456, -1, null, null, null))); // an AIS-SART
    }

    private static VesselSnapshot vessel(int mmsi, int shipType, String flag, String registration, String vms) {
        return new VesselSnapshot(1, mmsi, 0, null, null, registration, vms, shipType, -1, -1, Double.NaN, null,
                Long.MIN_VALUE, flag, null, 0);
    }
}
