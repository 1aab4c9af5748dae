package io.coastwatch.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link AccountStore} contract, run against every backend. */
abstract class AccountStoreContract extends DatabaseTestBase {

    static final Account ADMIN = new Account("admin", "{argon2}$argon2id$v=19$abc", Role.ADMIN, true, 1_000L);
    static final Account VIEWER = new Account("Trần Văn An", "{argon2}xyz", Role.VIEWER, false, 2_000L);

    AccountStore accounts() {
        return database.accounts();
    }

    @Test
    void createdAccountsAreFoundInUsernameOrder() {
        accounts().create(VIEWER);
        accounts().create(ADMIN);

        assertEquals(Optional.of(ADMIN), accounts().find("admin"));
        assertEquals(Optional.empty(), accounts().find("Admin"));
        assertEquals(List.of(VIEWER, ADMIN), accounts().all()); // "T" < "a"
    }

    @Test
    void creatingATakenUsernameFailsAndKeepsTheFirst() {
        accounts().create(ADMIN);

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> accounts().create(new Account("admin", "other", Role.VIEWER, true, 5L)));

        assertTrue(failure.getMessage().contains("'admin' already exists"), failure.getMessage());
        assertEquals(Optional.of(ADMIN), accounts().find("admin"));
    }

    @Test
    void usernamesAreCaseSensitive() {
        accounts().create(ADMIN);
        Account other = new Account("Admin", "h", Role.OPERATOR, true, 3L);

        accounts().create(other);

        assertEquals(List.of(other, ADMIN), accounts().all());
    }

    @Test
    void updateReplacesAnExistingAccountOnly() {
        accounts().create(ADMIN);
        Account changed = new Account("admin", "new-hash", Role.OPERATOR, false, 1_000L);

        accounts().update(changed);

        assertEquals(Optional.of(changed), accounts().find("admin"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> accounts().update(VIEWER));
        assertTrue(failure.getMessage().contains("no account"), failure.getMessage());
        assertEquals(List.of(changed), accounts().all());
    }

    @Test
    void tokensAreSavedReplacedFoundAndDeleted() {
        accounts().create(ADMIN);
        ApiToken token = new ApiToken("ab".repeat(32), "admin", "nightly export", 10L, Long.MAX_VALUE);
        ApiToken renamed = new ApiToken(token.tokenHash(), "admin", "export", 11L, 20L);

        accounts().saveToken(token);
        assertEquals(Optional.of(token), accounts().findToken(token.tokenHash()));
        accounts().saveToken(renamed);
        assertEquals(Optional.of(renamed), accounts().findToken(token.tokenHash()));
        accounts().deleteToken(token.tokenHash());

        assertEquals(Optional.empty(), accounts().findToken(token.tokenHash()));
        accounts().deleteToken(token.tokenHash());
    }

    @Test
    void aTokenForNoAccountIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> accounts().saveToken(new ApiToken("cd".repeat(32), "nobody", "x", 1L, 2L)));
        assertEquals(Optional.empty(), accounts().findToken("cd".repeat(32)));
    }

    @Test
    void accountsAndTokensSurviveReopening() {
        accounts().create(ADMIN);
        ApiToken token = new ApiToken("ef".repeat(32), "admin", "script", 10L, Long.MAX_VALUE);
        accounts().saveToken(token);

        reopen(Duration.ZERO);

        assertEquals(List.of(ADMIN), accounts().all());
        assertEquals(Optional.of(token), accounts().findToken(token.tokenHash()));
    }
}
