package io.coastwatch.engine.track;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.classA;
import static io.coastwatch.engine.TestMessages.partA;
import static io.coastwatch.engine.TestMessages.partB;
import static io.coastwatch.engine.TestMessages.voyage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.ais.message.SafetyBroadcastMessage;
import io.coastwatch.engine.geo.LandMask;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VesselTrackerTest {
    private static final PlausibilityCheck CHECK = new PlausibilityCheck(LandMask.vietnamRegion());
    private static final int MMSI = 574_001_234;

    private final VesselTracker tracker = new VesselTracker(CHECK);

    @Test
    void staticDataAndPositionsMergeIntoOneVessel() {
        tracker.apply(voyage(MMSI, 9_123_456, "XVAB7", "BINH MINH 68", "PHAN RANG"), T0);
        TrackUpdate update = tracker.apply(classA(MMSI, 11.30, 109.50), T0 + 10_000);

        VesselSnapshot vessel = update.vessel();
        assertEquals(VesselIds.ofMmsi(MMSI), vessel.vesselId());
        assertEquals(MMSI, vessel.mmsi());
        assertEquals(9_123_456, vessel.imoNumber());
        assertEquals("XVAB7", vessel.callSign());
        assertEquals("BINH MINH 68", vessel.name());
        assertEquals(30, vessel.shipType());
        assertEquals(40, vessel.lengthMetres());
        assertEquals(8, vessel.beamMetres());
        assertEquals(3.5, vessel.draughtMetres());
        assertEquals("PHAN RANG", vessel.destination());
        assertEquals(Instant.parse("2025-12-01T08:30:00Z").toEpochMilli(), vessel.etaMillis());
        assertEquals("VN", vessel.flag());
        assertEquals(T0 + 10_000, vessel.lastSeenMillis());
        assertSame(update.fix(), vessel.lastFix());
        assertEquals(11.30, vessel.lastFix().latitude(), 1e-6);
        assertEquals(10.0, vessel.lastFix().speedKnots());
        assertEquals(91, vessel.lastFix().headingDegrees());
        assertEquals(FixSource.AIS_CLASS_A, vessel.lastFix().source());
        assertEquals(1, tracker.size());
    }

    @Test
    void classBStaticDataComesInTwoParts() {
        int classB = 412_000_777;
        tracker.apply(partA(classB, "YUE DONG YU 12"), T0);
        VesselSnapshot vessel = tracker.apply(partB(classB, "BZAB1"), T0 + 1000).vessel();
        assertEquals("YUE DONG YU 12", vessel.name());
        assertEquals("BZAB1", vessel.callSign());
        assertEquals(15, vessel.lengthMetres());
        assertEquals(4, vessel.beamMetres());
        assertEquals("CN", vessel.flag());
        assertNull(vessel.lastFix());
    }

    @Test
    void notAvailableTextKeepsWhatWasKnown() {
        tracker.apply(partA(MMSI, "BINH MINH 68"), T0);
        VesselSnapshot vessel = tracker.apply(partA(MMSI, ""), T0 + 1000).vessel();
        assertEquals("BINH MINH 68", vessel.name());
    }

    @Test
    void messagesAboutNoVesselChangeNothing() {
        assertSame(TrackUpdate.NONE, tracker.apply(new SafetyBroadcastMessage(14, 0, MMSI, 0, "TEST", 0, 64), T0));
        assertSame(TrackUpdate.NONE, tracker.apply(classA(0, 11.3, 109.5), T0));
        assertEquals(0, tracker.size());
        assertSame(TrackUpdate.NONE, tracker.applyVms(null, " ", T0, 11.3, 109.5, 5, 90));
    }

    @Test
    void implausibleFixesAreReturnedButNeverBecomeThePosition() {
        PositionFix first = tracker.apply(classA(MMSI, 11.30, 109.50), T0).fix();
        PositionFix notAvailable = tracker.apply(classA(MMSI, 91, 181), T0 + 10_000).fix();
        PositionFix onLand = tracker.apply(classA(MMSI, 11.94, 108.44), T0 + 20_000).fix();
        PositionFix jump = tracker.apply(classA(MMSI, 12.30, 109.50), T0 + 30_000).fix();

        assertEquals(Plausibility.NOT_AVAILABLE, notAvailable.plausibility());
        assertTrue(Double.isNaN(notAvailable.latitude()));
        assertEquals(Plausibility.ON_LAND, onLand.plausibility());
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP, jump.plausibility());
        VesselSnapshot vessel = tracker.vessel(VesselIds.ofMmsi(MMSI));
        assertSame(first, vessel.lastFix());
        assertEquals(T0 + 30_000, vessel.lastSeenMillis());
    }

    @Test
    void olderFixesAreKeptButDoNotMoveTheVesselBack() {
        tracker.apply(classA(MMSI, 11.30, 109.50), T0 + 60_000);
        TrackUpdate older = tracker.apply(classA(MMSI, 11.299, 109.50), T0);

        assertEquals(Plausibility.PLAUSIBLE, older.fix().plausibility());
        assertEquals(T0, older.fix().timeMillis());
        assertEquals(T0 + 60_000, older.vessel().lastFix().timeMillis());
        assertEquals(T0 + 60_000, older.vessel().lastSeenMillis());
    }

    @Test
    void aJumpConfirmedByATrackOfTenMinutesIsAccepted() {
        PositionFix start = tracker.apply(classA(MMSI, 11.30, 109.50), T0).fix();
        PositionFix jump = tracker.apply(classA(MMSI, 12.30, 109.50), T0 + 60_000).fix();
        PositionFix soon = tracker.apply(classA(MMSI, 12.301, 109.50), T0 + 120_000).fix();
        PositionFix stillSoon = tracker.apply(classA(MMSI, 12.302, 109.50), T0 + 60_000 + 540_000).fix();
        PositionFix confirmed = tracker.apply(classA(MMSI, 12.303, 109.50), T0 + 60_000 + 600_000).fix();

        assertEquals(Plausibility.IMPLAUSIBLE_JUMP, jump.plausibility());
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP, soon.plausibility(), "a spoofer's minutes are not enough");
        assertEquals(Plausibility.IMPLAUSIBLE_JUMP, stillSoon.plausibility());
        assertEquals(Plausibility.PLAUSIBLE, confirmed.plausibility());
        assertSame(confirmed, tracker.vessel(VesselIds.ofMmsi(MMSI)).lastFix());
        assertTrue(start.isPlausible());
    }

    @Test
    void aShortSpoofLeavesTheVesselOnItsTrueTrack() {
        tracker.apply(classA(MMSI, 11.30, 109.50), T0);
        for (int i = 1; i <= 12; i++) {
            assertEquals(Plausibility.IMPLAUSIBLE_JUMP,
                    tracker.apply(classA(MMSI, 11.30, 110.20), T0 + i * 10_000L).fix().plausibility());
        }
        PositionFix back = tracker.apply(classA(MMSI, 11.301, 109.50), T0 + 130_000).fix();

        assertEquals(Plausibility.PLAUSIBLE, back.plausibility());
        assertSame(back, tracker.vessel(VesselIds.ofMmsi(MMSI)).lastFix());
    }

    @Test
    void vmsOnlyVesselsGetIdentifiersBeyondTheMmsiRange() {
        VesselSnapshot first = tracker.applyVms("NT-90123-TS", "VMS-0001", T0, 11.3, 109.5, 5, 90).vessel();
        VesselSnapshot second = tracker.applyVms("NT 90456 TS", null, T0, 11.4, 109.5, 5, 90).vessel();
        VesselSnapshot again = tracker.applyVms(null, "VMS-0001", T0 + 60_000, 11.301, 109.5, 5, 90).vessel();

        assertEquals(VesselIds.FIRST_NON_AIS_ID, first.vesselId());
        assertEquals(VesselIds.FIRST_NON_AIS_ID + 1, second.vesselId());
        assertEquals(first.vesselId(), again.vesselId(), "found again by its device id");
        assertEquals("NT-90123-TS", again.registrationNumber());
        assertEquals("NT-90456-TS", second.registrationNumber());
        assertEquals(FixSource.VMS, again.lastFix().source());
        assertEquals(-1, again.lastFix().navigationStatus());
        assertEquals(0, again.mmsi());
        assertNull(again.flag());
    }

    @Test
    void aisVesselNamedByRegistrationNumberAbsorbsTheVmsVessel() {
        long vmsId = tracker.applyVms("NT-90123-TS", "VMS-0001", T0 + 60_000, 11.30, 109.50, 5, 90).vessel().vesselId();
        tracker.apply(classA(MMSI, 11.29, 109.50), T0);
        VesselSnapshot linked = tracker.apply(partA(MMSI, "NT 90123 TS"), T0 + 70_000).vessel();

        assertEquals(VesselIds.ofMmsi(MMSI), linked.vesselId());
        assertEquals("NT-90123-TS", linked.registrationNumber());
        assertEquals("VMS-0001", linked.vmsDeviceId());
        assertEquals(T0 + 60_000, linked.lastFix().timeMillis(), "the newer VMS position");
        assertEquals(linked.vesselId(), linked.lastFix().vesselId());
        assertNull(tracker.vessel(vmsId), "the VMS-only vessel left the picture");
        assertEquals(1, tracker.size());

        VesselSnapshot afterVms = tracker.applyVms("NT90123TS", null, T0 + 120_000, 11.301, 109.50, 5, 90).vessel();
        assertEquals(linked.vesselId(), afterVms.vesselId(), "later VMS reports update the AIS vessel");
        assertEquals(FixSource.VMS, afterVms.lastFix().source());
    }

    @Test
    void vmsReportsForARegistrationBroadcastOnAisUpdateTheAisVessel() {
        tracker.apply(partB(MMSI, "NT90123TS"), T0);
        VesselSnapshot vessel = tracker.applyVms("NT-90123-TS", "VMS-0001", T0 + 1000, 11.3, 109.5, 5, 90).vessel();

        assertEquals(VesselIds.ofMmsi(MMSI), vessel.vesselId());
        assertEquals("NT-90123-TS", vessel.registrationNumber());
        assertEquals("VMS-0001", vessel.vmsDeviceId());
        assertEquals(1, tracker.size());
    }

    @Test
    void aSecondAisVesselClaimingTheSameRegistrationIsNotLinked() {
        tracker.apply(partA(MMSI, "NT 90123 TS"), T0);
        VesselSnapshot other = tracker.apply(partA(MMSI + 1, "NT-90123-TS"), T0).vessel();
        assertNull(other.registrationNumber());
        assertEquals("NT-90123-TS", tracker.vessel(VesselIds.ofMmsi(MMSI)).registrationNumber());
    }

    @Test
    void restoreKeepsIdentifiersAndLinks() {
        VesselSnapshot vms = tracker.applyVms("BV-01234-TS", "VMS-9", T0, 10.3, 107.1, 4, 180).vessel();
        tracker.apply(voyage(MMSI, 0, "NT90123TS", "HAI AU", ""), T0);
        VesselTracker restored = new VesselTracker(CHECK);
        restored.restore(List.copyOf(tracker.vessels()));

        assertEquals(vms, restored.vessel(vms.vesselId()));
        assertEquals(vms.vesselId(), restored.applyVms(null, "VMS-9", T0 + 1000, 10.3, 107.1, 4, 180).vessel().vesselId());
        assertEquals(vms.vesselId() + 1, restored.applyVms("KG-95555-TS", null, T0, 9, 104, 4, 180).vessel().vesselId());
        assertEquals(VesselIds.ofMmsi(MMSI),
                restored.applyVms("NT-90123-TS", null, T0, 11.3, 109.5, 4, 180).vessel().vesselId());
    }

    @Test
    void restoreFoldsAVmsVesselLeftBehindByAMerge() {
        VesselSnapshot vms = tracker.applyVms("NT-90123-TS", "VMS-0001", T0, 11.30, 109.50, 5, 90).vessel();
        VesselSnapshot merged = tracker.apply(partA(MMSI, "NT 90123 TS"), T0 + 1000).vessel();
        VesselTracker restored = new VesselTracker(CHECK);
        restored.restore(List.of(vms, merged));

        assertEquals(1, restored.size());
        assertNotNull(restored.vessel(merged.vesselId()));
        assertEquals(merged.vesselId(), restored.applyVms(null, "VMS-0001", T0 + 2000, 11.3, 109.5, 5, 90).vessel().vesselId());
        assertEquals(vms.vesselId() + 1, restored.applyVms("NT-11111-TS", null, T0, 11.3, 109.5, 5, 90).vessel().vesselId(),
                "identifiers continue after the folded one");
    }

    @Test
    void etaTakesTheYearNearestToTheMessage() {
        long december2025 = Instant.parse("2025-12-30T00:00:00Z").toEpochMilli();
        assertEquals(Instant.parse("2026-01-02T06:00:00Z").toEpochMilli(),
                VesselDraft.etaMillis(1, 2, 6, 0, december2025));
        assertEquals(Instant.parse("2025-12-01T00:00:00Z").toEpochMilli(),
                VesselDraft.etaMillis(12, 1, 24, 60, december2025));
        assertEquals(Long.MIN_VALUE, VesselDraft.etaMillis(0, 0, 24, 60, december2025));
        assertEquals(Long.MIN_VALUE, VesselDraft.etaMillis(2, 31, 0, 0, december2025));
    }
}
