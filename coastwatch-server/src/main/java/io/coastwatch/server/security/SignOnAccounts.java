package io.coastwatch.server.security;

import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.store.account.Account.OidcIdentity;
import io.coastwatch.store.account.Account;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the identity an OpenID Connect provider vouches for into a Coastwatch user. The provider says
 * who someone is; the server decides what they may do:
 * <ul>
 *   <li>The identity ({@code iss}, {@code sub}) is one account, made at its first sign-in and named by the
 *       username claim (an account of that name that is not this identity's refuses the sign-in). An
 *       administrator disables it like any other: its tokens and sessions stop working at once.</li>
 *   <li>Its roles: those an administrator gave the account on the server, when there are any — then the
 *       provider's claims are ignored. Otherwise the claims are a hint: each role slug of the roles claim,
 *       held in the unit the unit claim names (a liaison: for the agency the agency claim names), kept only
 *       when the role is known and the unit is in the server's unit tree of today.</li>
 *   <li>Its scope always comes from the server's tree (the unit's subtree and areas), never from a claim.</li>
 * </ul>
 * Thread-safe.
 */
final class SignOnAccounts {

    private final SecurityProperties.Oidc settings;
    private final AccountAdministration administration;
    private final AccountDirectory accounts;
    private final Scopes scopes;

    SignOnAccounts(SecurityProperties.Oidc settings, AccountAdministration administration, AccountDirectory accounts,
            Scopes scopes) {
        this.settings = settings;
        this.administration = administration;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    /**
     * The user the provider's {@code claims} (of an ID token or an access token) sign in, or empty when
     * the account is disabled or cannot be made; the reason is in the security log.
     */
    Optional<CoastwatchUser> userFor(Map<String, Object> claims, CoastwatchUser.Via via, String address) {
        String issuer = String.valueOf(claims.get("iss"));
        String subject = String.valueOf(claims.get("sub"));
        Object named = claims.get(settings.usernameClaim());
        String username = named == null ? subject : named.toString();
        if (!Ids.isValid(username)) {
            SecurityLog.failed(username, address, via.slug(), "username-claim-not-an-id");
            return Optional.empty();
        }
        Optional<Account> account = administration.signedOn(new OidcIdentity(issuer, subject), username);
        if (account.isEmpty()) {
            SecurityLog.failed(username, address, via.slug(), "username-taken-by-another-account");
            return Optional.empty();
        }
        Account found = accounts.find(account.get().username()).orElse(account.get());
        if (!found.enabled()) {
            SecurityLog.failed(username, address, via.slug(), "disabled");
            return Optional.empty();
        }
        List<RoleAssignment> assignments = found.assignments().isEmpty() ? fromClaims(claims, scopes.today())
                : found.assignments();
        return Optional.of(new CoastwatchUser(found.username(), found.personId(), assignments, via, null));
    }

    /** The assignments the claims hint at, kept where the role is known and the unit in {@code tree}. */
    List<RoleAssignment> fromClaims(Map<String, Object> claims, UnitTree tree) {
        String unit = text(claims.get(settings.unitClaim()));
        String agency = text(claims.get(settings.agencyClaim()));
        List<RoleAssignment> assignments = new ArrayList<>();
        for (String slug : texts(claims.get(settings.rolesClaim()))) {
            Role role;
            try {
                role = Role.of(slug);
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (role == Role.LIAISON) {
                if (agency != null) {
                    assignments.add(RoleAssignment.liaisonOf(agency));
                }
            } else if (unit != null && tree.find(unit).isPresent()) {
                assignments.add(RoleAssignment.in(role, unit));
            }
        }
        return List.copyOf(assignments);
    }

    private static String text(Object claim) {
        return claim == null || claim.toString().isBlank() ? null : claim.toString().strip();
    }

    private static List<String> texts(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString().split("[ ,]+"));
    }
}
