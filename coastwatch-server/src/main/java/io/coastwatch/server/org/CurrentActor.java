package io.coastwatch.server.org;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The {@link Actor} of a request, from today's global roles: an {@code ADMIN} holds
 * {@link Role#SYSTEM_ADMIN} in the command (the root of today's tree); other accounts hold no role
 * that changes the organisation. Roles per unit (helper {@code access}) replace this mapping.
 */
final class CurrentActor {

    /** The unit a system administrator's role is held in when no unit exists yet. */
    static final String NO_UNIT_YET = "command";

    private CurrentActor() {
    }

    static Actor of(Authentication user, UnitRepository units, LocalDate today) {
        boolean admin = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch("ROLE_ADMIN"::equals);
        if (!admin) {
            return new Actor(user.getName(), null, List.of());
        }
        String root = units.treeOn(today).roots().stream().map(Unit::id).findFirst().orElse(NO_UNIT_YET);
        return new Actor(user.getName(), null, List.of(RoleAssignment.in(Role.SYSTEM_ADMIN, root)));
    }
}
