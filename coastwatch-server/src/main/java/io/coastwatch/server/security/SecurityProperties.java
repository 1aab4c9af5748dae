package io.coastwatch.server.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people and scripts sign in, under {@code coastwatch.security.} (see {@code docs/access.md}). Immutable.
 *
 * @param basic {@code coastwatch.security.basic}: whether scripts may send HTTP Basic credentials (default
 *     true); turned off, only sessions and bearer tokens authenticate
 * @param sessionTimeout {@code coastwatch.security.session-timeout}: a console session unused this long ends
 *     (default 30m)
 * @param tokenLifetime {@code coastwatch.security.token-lifetime}: how long a bearer token lives when its
 *     request names no lifetime (default 90d)
 * @param tokenMaxLifetime {@code coastwatch.security.token-max-lifetime}: the longest lifetime a token may
 *     ask for (default 365d)
 * @param password {@code coastwatch.security.password.*}: the password policy
 * @param lockout {@code coastwatch.security.lockout.*}: the back-off after failed log-ins
 * @param concurrentHashes {@code coastwatch.security.concurrent-hashes}: password hashes computed at once
 *     (default 2); more wait up to {@code hash-wait}, then are refused with 503
 * @param hashWait {@code coastwatch.security.hash-wait}: how long a log-in waits for a hashing slot (default 2s)
 * @param secondFactorRoles {@code coastwatch.security.second-factor-roles}: roles that may enrol a TOTP
 *     second factor (default system-admin, commander)
 * @param oidc {@code coastwatch.security.oidc.*}: single sign-on through an OpenID Connect provider
 * @param trustedProxies {@code coastwatch.security.trusted-proxies}: the addresses of the reverse proxies whose
 *     {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed (default none: no header is)
 */
@ConfigurationProperties("coastwatch.security")
public record SecurityProperties(
        @DefaultValue("true") boolean basic,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("90d") Duration tokenLifetime,
        @DefaultValue("365d") Duration tokenMaxLifetime,
        @DefaultValue Password password,
        @DefaultValue Lockout lockout,
        @DefaultValue("2") int concurrentHashes,
        @DefaultValue("2s") Duration hashWait,
        @DefaultValue({"system-admin", "commander"}) List<String> secondFactorRoles,
        @DefaultValue Oidc oidc,
        @DefaultValue List<String> trustedProxies) {

    /**
     * @param minLength {@code coastwatch.security.password.min-length}: fewest characters (default 12; at least 8)
     */
    public record Password(@DefaultValue("12") int minLength) {
        public Password {
            if (minLength < 8) {
                throw new IllegalArgumentException("coastwatch.security.password.min-length must be at least 8, not "
                        + minLength);
            }
        }
    }

    /**
     * Failed log-ins are counted per account and per address over {@code window}; past the free attempts,
     * each next attempt must wait a delay that doubles from {@code initialDelay} up to {@code maxDelay}.
     *
     * @param accountAttempts free failed attempts per account (default 5)
     * @param addressAttempts free failed attempts per client address (default 20: several officers may share
     *     one address behind a router)
     * @param initialDelay the first wait (default 1s)
     * @param maxDelay the longest wait (default 15m)
     * @param window how long a failure is remembered (default 15m)
     */
    public record Lockout(
            @DefaultValue("5") int accountAttempts,
            @DefaultValue("20") int addressAttempts,
            @DefaultValue("1s") Duration initialDelay,
            @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("15m") Duration window) {
    }

    /**
     * An OpenID Connect provider (Keycloak on an air-gapped site). Off while {@code issuer} is empty.
     *
     * @param issuer {@code coastwatch.security.oidc.issuer}: the issuer URL ({@code https://idp.local/realms/bdbp});
     *     its discovery document names the rest
     * @param clientId the console's client at the provider (authorization code flow)
     * @param clientSecret that client's secret
     * @param displayName the log-in button's label (default "Keycloak")
     * @param usernameClaim the claim that names the account (default {@code preferred_username})
     * @param rolesClaim the claim with role slugs (default {@code roles}; a hint, see {@code docs/access.md})
     * @param unitClaim the claim with the unit id the roles are held in (default {@code unit}; a hint)
     * @param agencyClaim the claim with the agency of a liaison (default {@code agency}; a hint)
     * @param audience the audience a bearer JWT must name in {@code aud} (default: the client id): a token the
     *     provider issued for another client is refused
     */
    public record Oidc(
            @DefaultValue("") String issuer,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("Keycloak") String displayName,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("unit") String unitClaim,
            @DefaultValue("agency") String agencyClaim,
            @DefaultValue("") String audience) {

        /** Whether a provider is configured. */
        public boolean enabled() {
            return !issuer.isBlank();
        }

        /** The audience bearer JWTs must name: {@link #audience}, or the client id when none is set. */
        public String expectedAudience() {
            return audience.isBlank() ? clientId : audience;
        }
    }
}
