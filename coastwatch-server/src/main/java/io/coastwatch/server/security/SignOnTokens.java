package io.coastwatch.server.security;

import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.account.Account;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Bearer JWTs of the OpenID Connect provider (scripts that sign in at Keycloak): checked against the
 * provider's keys (discovery and JWKS, fetched on first use), issuer and expiry, then mapped by
 * {@link SignOnAccounts}. Off (every JWT refused) when no provider is configured. Thread-safe.
 */
final class SignOnTokens {
    private final JwtDecoder decoder;
    private final SignOnAccounts accounts;

    /** @param decoder the provider's JWT decoder, or {@code null} when single sign-on is off */
    SignOnTokens(JwtDecoder decoder, SignOnAccounts accounts) {
        this.decoder = decoder;
        this.accounts = accounts;
    }

    Optional<CoastwatchUser> authenticate(String token, String address) {
        if (decoder == null) {
            return Optional.empty();
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException invalid) {
            SecurityLog.failed(null, address, CoastwatchUser.Via.SIGN_ON_TOKEN.slug(), "invalid-jwt");
            return Optional.empty();
        }
        return accounts.userFor(jwt.getClaims(), CoastwatchUser.Via.SIGN_ON_TOKEN, address);
    }

    /**
     * The assignments a session of {@code user} holds now: the account's own, or — for a single sign-on
     * account that has none on the server — those its provider's claims gave at sign-in.
     */
    static List<RoleAssignment> assignmentsOf(Account account, CoastwatchUser user) {
        boolean signedOn = user.via() == CoastwatchUser.Via.SIGN_ON_SESSION || user.via() == CoastwatchUser.Via.SIGN_ON_TOKEN;
        return signedOn && account.assignments().isEmpty() ? user.assignments() : account.assignments();
    }
}
