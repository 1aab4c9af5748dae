package io.coastwatch.store.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link RuleDefinitionStore} contract, run against every backend. */
abstract class RuleDefinitionStoreContract extends DatabaseTestBase {
    static final StoredRule DARK = new StoredRule("dark-vessel", "{\"type\":\"dark-vessel\"}", "system", 1L);
    static final StoredRule ENCOUNTER = new StoredRule("encounter", "{\"type\":\"encounter\",\"enabled\":false}",
            "admin", 2L);

    RuleDefinitionStore rules() {
        return database.rules();
    }

    @Test
    void rulesAreKeptInIdOrderAndReplacedById() {
        rules().save(ENCOUNTER);
        rules().save(DARK);
        assertEquals(List.of(DARK, ENCOUNTER), rules().all());

        StoredRule changed = new StoredRule("dark-vessel", "{\"type\":\"dark-vessel\",\"parameters\":{\"gap\":\"8h\"}}",
                "operator", 3L);
        rules().save(changed);
        assertEquals(List.of(changed, ENCOUNTER), rules().all());
    }

    @Test
    void deleteSaysWhetherThereWasOneAndRulesSurviveReopening() {
        rules().save(DARK);
        rules().save(ENCOUNTER);
        assertTrue(rules().delete("encounter"));
        assertFalse(rules().delete("encounter"));

        reopen(Duration.ZERO);

        assertEquals(List.of(DARK), rules().all());
    }
}
