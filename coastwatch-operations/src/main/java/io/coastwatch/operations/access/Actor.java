package io.coastwatch.operations.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who does what a use case does: a person signed in with an account, or a system job. It is what the
 * audit record names and what the scope is computed from. Immutable.
 *
 * @param account the account's username, or {@code system:<job>} for a job
 * @param personId the person the account belongs to, or {@code null} (a job, or an account not linked yet)
 * @param assignments the roles the account holds, per unit; empty for a job
 */
public record Actor(String account, String personId, List<RoleAssignment> assignments) {

    private static final String SYSTEM_PREFIX = "system:";

    public Actor {
        Objects.requireNonNull(account, "account");
        assignments = List.copyOf(assignments);
    }

    /** A system job (a rule opening a VMS outage, a nightly report): audited under {@code system:<job>}, unscoped. */
    public static Actor system(String job) {
        return new Actor(SYSTEM_PREFIX + job, null, List.of());
    }

    /** Whether this is a system job rather than a person. */
    public boolean isSystem() {
        return account.startsWith(SYSTEM_PREFIX);
    }

    /** Whether the actor holds {@code role} in any unit. */
    public boolean holds(Role role) {
        return assignments.stream().anyMatch(assignment -> assignment.role() == role);
    }

    /** The unit the actor acts from when a record needs one (the first assignment's), if any. */
    public Optional<String> homeUnitId() {
        return assignments.stream().map(RoleAssignment::unitId).filter(Objects::nonNull).findFirst();
    }
}
