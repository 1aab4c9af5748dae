package io.coastwatch.operations.access;

import io.coastwatch.operations.org.UnitTree;
import java.util.Objects;

/**
 * A role held in a unit, or, for a {@link Role#LIAISON}, on behalf of an agency. Immutable.
 *
 * @param role the role
 * @param unitId the unit it is held in (its subtree is the scope), or {@link #ROOT} for the root of the
 *     tree, whatever its id; {@code null} only for a liaison
 * @param agencyId the agency a liaison acts for; {@code null} for every other role
 */
public record RoleAssignment(Role role, String unitId, String agencyId) {

    /**
     * The unit id that stands for the root of the unit tree — the command — whatever the root's own id:
     * a role held there reaches every unit. It is what the roles of the accounts made before roles were
     * held per unit became, and the first administrator's; on an install that has no units yet it is the
     * whole picture. No unit can have this id ({@code *} is outside the id pattern).
     */
    public static final String ROOT = "*";

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

    /** {@code role} held in the root of the tree, the command ({@link #ROOT}). */
    public static RoleAssignment atRoot(Role role) {
        return in(role, ROOT);
    }

    /** Whether this role is held in the root of the tree: by {@link #ROOT}, or by the root unit's own id in {@code tree}. */
    public boolean atRootOf(UnitTree tree) {
        return ROOT.equals(unitId) || (unitId != null
                && tree.find(unitId).map(unit -> tree.ancestors(unit.id()).isEmpty()).orElse(false));
    }

    /** A liaison of {@code agencyId}. */
    public static RoleAssignment liaisonOf(String agencyId) {
        return new RoleAssignment(Role.LIAISON, null, agencyId);
    }
}
