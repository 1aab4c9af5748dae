package io.coastwatch.store.vessel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselIds;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link io.coastwatch.engine.port.VesselSnapshotStore} contract, run against every backend. */
abstract class VesselSnapshotStoreContract extends DatabaseTestBase {

    static final PositionFix FIX = new PositionFix(574_123_456L, 1_764_400_000_123L, 11.56789, 109.01234, 12.3,
            245.6, 244, 7, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);

    static final VesselSnapshot FULL = new VesselSnapshot(574_123_456L, 574_123_456, 9_876_543, "3WAB7",
            "BIEN PHONG 06", "NT-90123-TS", "VMS-0042", 70, 185, 32, 11.4, "VN PHAN RANG", 1_764_500_000_000L, "VN",
            FIX, 1_764_400_001_000L);

    static final VesselSnapshot SPARSE = new VesselSnapshot(VesselIds.FIRST_NON_AIS_ID + 17, 0, 0, null, null,
            null, null, -1, -1, -1, Double.NaN, null, Long.MIN_VALUE, null, null, Long.MIN_VALUE);

    @Test
    void everyFieldRoundTrips() {
        database.vessels().saveAll(List.of(FULL, SPARSE));

        assertEquals(List.of(FULL, SPARSE), database.vessels().loadAll());
    }

    @Test
    void aSaveReplacesTheEarlierStateOfTheVesselsItNames() {
        database.vessels().saveAll(List.of(FULL, SPARSE));
        VesselSnapshot moved = new VesselSnapshot(FULL.vesselId(), FULL.mmsi(), FULL.imoNumber(), FULL.callSign(),
                "BIEN PHONG 06A", FULL.registrationNumber(), null, FULL.shipType(), FULL.lengthMetres(),
                FULL.beamMetres(), Double.NaN, null, Long.MIN_VALUE, FULL.flag(), null, FULL.lastSeenMillis() + 1);

        database.vessels().saveAll(List.of(moved));

        assertEquals(List.of(moved, SPARSE), database.vessels().loadAll());
    }

    @Test
    void statesSurviveReopening() {
        List<VesselSnapshot> vessels = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            vessels.add(new VesselSnapshot(100_000_000L + i, 100_000_000 + i, 0, null, "VESSEL " + i, null, null, 30,
                    20, 6, 2.5, null, Long.MIN_VALUE, "VN",
                    new PositionFix(100_000_000L + i, 1_000L * i, 10 + i * 1e-4, 109, 5, 90, -1, 0,
                            FixSource.AIS_CLASS_B, Plausibility.PLAUSIBLE), 1_000L * i));
        }
        database.vessels().saveAll(vessels);
        database.vessels().saveAll(List.of());

        reopen(Duration.ZERO);

        assertEquals(vessels, database.vessels().loadAll());
    }
}
