package io.coastwatch.store.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link SourceDefinitionStore} contract, run against every backend. */
abstract class SourceDefinitionStoreContract extends DatabaseTestBase {

    static final SourceDefinition FEED = new SourceDefinition("phan-rang", "tcp://127.0.0.1:10110", true, "admin", 5L);
    static final SourceDefinition REPLAY = new SourceDefinition("replay",
            "file:///data/feed.nmea.gz?speed=10", false, "config", 6L);

    SourceDefinitionStore sources() {
        return database.sources();
    }

    @Test
    void savedSourcesAreFoundInIdOrder() {
        sources().save(REPLAY);
        sources().save(FEED);

        assertEquals(List.of(FEED, REPLAY), sources().all());
        assertEquals(Optional.of(REPLAY), sources().find("replay"));
        assertEquals(Optional.empty(), sources().find("other"));
    }

    @Test
    void saveReplacesTheSourceWithTheSameId() {
        sources().save(FEED);
        SourceDefinition disabled = new SourceDefinition("phan-rang", "udp://:10110", false, "operator", 9L);

        sources().save(disabled);

        assertEquals(List.of(disabled), sources().all());
    }

    @Test
    void deleteSaysWhetherThereWasOne() {
        sources().save(FEED);

        assertTrue(sources().delete("phan-rang"));
        assertFalse(sources().delete("phan-rang"));
        assertEquals(List.of(), sources().all());
    }

    @Test
    void sourcesSurviveReopening() {
        sources().save(FEED);
        sources().save(REPLAY);

        reopen(Duration.ZERO);

        assertEquals(List.of(FEED, REPLAY), sources().all());
    }
}
