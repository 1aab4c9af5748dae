package io.coastwatch.store.position;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.Database;
import io.coastwatch.store.StoreSettings;
import io.coastwatch.store.account.Account;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.testing.Fixes;
import java.time.Duration;

/**
 * The child of the crash test: opens the store named on the command line, creates an account,
 * then appends fixes {@link #fixNumber(long) 0, 1, 2 …} forever, flushing every 5,000 and printing
 * {@code flushed N} after each flush, until it is killed.
 */
final class AppendUntilKilled {

    static final long FIRST_VESSEL = 300_000_000L;
    static final int VESSELS = 50;
    static final long FIRST_TIME = 1_764_400_000_000L;

    private AppendUntilKilled() {
    }

    /** The {@code n}th fix the child appends. */
    static PositionFix fixNumber(long n) {
        return Fixes.fix(FIRST_VESSEL + n % VESSELS, FIRST_TIME + n);
    }

    public static void main(String[] args) {
        String user = "null".equals(args[1]) ? null : args[1];
        Database database = Database.open(new StoreSettings(args[0], user, null, Duration.ZERO));
        database.accounts().create(Account.local("crash", "hash", java.util.List.of(RoleAssignment.atRoot(Role.VIEWER)), 1L));
        PositionStore positions = database.positions();
        for (long n = 0; ; n++) {
            positions.append(fixNumber(n));
            if ((n + 1) % 5_000 == 0) {
                positions.flush();
                System.out.println("flushed " + (n + 1));
                System.out.flush();
            }
        }
    }
}
