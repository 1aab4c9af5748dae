package io.coastwatch.operations.access;

import java.util.Objects;

/**
 * A role held in a unit, or, for a {@link Role#LIAISON}, on behalf of an agency. Immutable.
 *
 * @param role the role
 * @param unitId the unit it is held in (its subtree is the scope); {@code null} only for a liaison
 * @param agencyId the agency a liaison acts for; {@code null} for every other role
 */
public record RoleAssignment(Role role, String unitId, String agencyId) {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        if (role == Role.LIAISON) {
            Objects.requireNonNull(agencyId, "a liaison acts for an agency");
        } else {
            Objects.requireNonNull(unitId, "a " + role.slug() + " holds the role in a unit");
            if (agencyId != null) {
                throw new IllegalArgumentException("only a liaison acts for an agency");
            }
        }
    }

    /** {@code role} held in {@code unitId}. */
    public static RoleAssignment in(Role role, String unitId) {
        return new RoleAssignment(role, unitId, null);
    }

    /** A liaison of {@code agencyId}. */
    public static RoleAssignment liaisonOf(String agencyId) {
        return new RoleAssignment(Role.LIAISON, null, agencyId);
    }
}
