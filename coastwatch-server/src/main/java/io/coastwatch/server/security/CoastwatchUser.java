package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.RoleAssignment;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a request acts for, once authenticated: the account, the person it belongs to, the roles it holds
 * per unit as the server knows them now, and how it signed in. Its authorities are {@code ROLE_<slug>} of
 * each role held anywhere (what the {@link AccessTable} checks); where the role is held is the scope's
 * concern ({@link Scopes}). Immutable.
 *
 * @param username the account
 * @param personId the person the account belongs to, or {@code null}
 * @param assignments the roles held, per unit
 * @param via how the request authenticated
 * @param sessionId the console session's id, or {@code null} for a request authenticated by a header
 */
public record CoastwatchUser(String username, String personId, List<RoleAssignment> assignments, Via via,
        String sessionId) implements AuthenticatedPrincipal, Serializable {

    private static final long serialVersionUID = 1L;

    public CoastwatchUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(via, "via");
        assignments = List.copyOf(assignments);
    }

    /** How a request authenticated. Its slug is what {@code GET /api/v1/session} and the security log say. */
    public enum Via {
        /** A console session opened with a password. */
        SESSION,
        /** A console session opened through the OpenID Connect provider. */
        SIGN_ON_SESSION,
        /** HTTP Basic credentials. */
        BASIC,
        /** A bearer token issued by Coastwatch ({@code cw_…}). */
        TOKEN,
        /** A bearer JWT issued by the OpenID Connect provider. */
        SIGN_ON_TOKEN;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Whether the request carried its credentials in a header (so a foreign page cannot forge it). */
        public boolean byHeader() {
            return this == BASIC || this == TOKEN || this == SIGN_ON_TOKEN;
        }
    }

    @Override
    public String getName() {
        return username;
    }

    /** The actor of the use cases this request runs. */
    public Actor actor() {
        return new Actor(username, personId, assignments);
    }

    /** {@code ROLE_<slug>} of every role held. */
    public List<GrantedAuthority> authorities() {
        Set<String> roles = new LinkedHashSet<>();
        assignments.forEach(assignment -> roles.add("ROLE_" + assignment.role().slug()));
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role)));
        return authorities;
    }

    /** This user with {@code fresh} assignments (an administrator changed them). */
    public CoastwatchUser withAssignments(List<RoleAssignment> fresh) {
        return new CoastwatchUser(username, personId, fresh, via, sessionId);
    }

    /** This user in console session {@code id}. */
    public CoastwatchUser inSession(String id) {
        return new CoastwatchUser(username, personId, assignments, via, id);
    }

    /** The authenticated {@link Authentication} of this user. */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
    }

    /** The user a request authenticated as, or {@code null} when it did not (anonymous). */
    public static CoastwatchUser of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CoastwatchUser user ? user : null;
    }
}
