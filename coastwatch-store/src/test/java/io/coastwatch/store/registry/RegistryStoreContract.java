package io.coastwatch.store.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link RegistryStore} contract, run against every backend. */
abstract class RegistryStoreContract extends DatabaseTestBase {
    static final RegisteredVessel SEINER = new RegisteredVessel("NT-90123-TS", "NT 90123 TS", "Nguyễn Văn A", 16.5,
            "PURSE_SEINE", LocalDate.of(2027, 3, 31), 574_123_456, "VMS-0001", "PORT-CANA");
    static final RegisteredVessel SMALL = new RegisteredVessel("NT-01234-TS", "", "Trần Thị B", 9.8, "",
            null, 0, null, "PORT-DONGHAI");
    static final DepartureRecord AT_SEA = new DepartureRecord("NT-90123-TS", "PORT-CANA", "ST-CANA", 1_000L, 90_000L,
            Long.MIN_VALUE);
    static final DepartureRecord BACK = new DepartureRecord("NT-01234-TS", "PORT-DONGHAI", "ST-DONGHAI", 500L,
            40_000L, 39_000L);

    RegistryStore registry() {
        return database.registry();
    }

    @Test
    void vesselsAreKeptWithEveryFieldInRegistrationOrder() {
        registry().saveVessels(List.of(SEINER, SMALL), false);

        assertEquals(List.of(SMALL, SEINER), registry().vessels());
    }

    @Test
    void aVesselSavedAgainIsReplacedAndAWholeImportDropsTheOthers() {
        registry().saveVessels(List.of(SEINER, SMALL), false);
        RegisteredVessel lengthened = new RegisteredVessel("NT-90123-TS", "NT 90123 TS", "Nguyễn Văn A", 17.0,
                "HANDLINE", null, 574_123_456, "VMS-0002", "PORT-CANA");

        registry().saveVessels(List.of(lengthened), false);
        assertEquals(List.of(SMALL, lengthened), registry().vessels());

        registry().saveVessels(List.of(SEINER), true);
        assertEquals(List.of(SEINER), registry().vessels());
    }

    @Test
    void departuresAreKeptOldestFirstAndAnArrivalReplacesTheRecord() {
        registry().saveDepartures(List.of(AT_SEA, BACK));
        assertEquals(List.of(BACK, AT_SEA), registry().departures());

        DepartureRecord arrived = new DepartureRecord("NT-90123-TS", "PORT-CANA", "ST-CANA", 1_000L, 90_000L, 88_000L);
        registry().saveDepartures(List.of(arrived));
        assertEquals(List.of(BACK, arrived), registry().departures());
    }

    @Test
    void theRegistrySurvivesReopening() {
        registry().saveVessels(List.of(SEINER), false);
        registry().saveDepartures(List.of(AT_SEA));

        reopen(Duration.ZERO);

        assertEquals(List.of(SEINER), registry().vessels());
        assertEquals(List.of(AT_SEA), registry().departures());
    }
}
