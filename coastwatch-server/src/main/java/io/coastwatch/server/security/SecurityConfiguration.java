package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.server.config.CoastwatchProperties;
import io.coastwatch.server.zone.Areas;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import io.coastwatch.store.account.AccountStore;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.utils.SpringDocUtils;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How requests are authenticated ({@link RequestAuthentication}, the console's session, single sign-on),
 * which may call what ({@link AccessTable}), CSRF, the security headers, and the parts of accounts and
 * sign-in as beans. Passwords are hashed with Argon2id, stored as {@code {argon2}…}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static {
        // The caller is given to controllers by ActorArguments, never read from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, UnitScope.class);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    PasswordPolicy passwordPolicy(SecurityProperties settings) {
        return new PasswordPolicy(settings.password().minLength());
    }

    @Bean
    Scopes scopes(ObjectProvider<UnitRepository> units, Clock clock) {
        return new Scopes(units, clock);
    }

    /** Whether a place lies in a caller's areas: used by every controller that scopes a change. */
    @Bean
    Areas areas(ZoneService zones, GeometryFactory geometry) {
        return new Areas(zones, geometry);
    }

    @Bean
    AccountDirectory accountDirectory(AccountStore accounts) {
        return new AccountDirectory(accounts);
    }

    @Bean
    LocalTokens localTokens(AccountStore accounts, AccountDirectory directory, Clock clock) {
        return new LocalTokens(accounts, directory, clock);
    }

    @Bean
    ConsoleSessions consoleSessions(Clock clock) {
        return new ConsoleSessions(clock);
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties settings, Clock clock) {
        return new LoginThrottle(settings.lockout(), clock);
    }

    @Bean
    Totp totp(Clock clock) {
        return new Totp(clock);
    }

    @Bean
    PasswordLogin passwordLogin(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle,
            SecurityProperties settings, Totp totp) {
        return new PasswordLogin(accounts, encoder, throttle, settings, totp);
    }

    @Bean
    AccountAudit accountAudit(Database database) {
        return new AccountAudit(database.transactions(), database.audit());
    }

    @Bean
    AccountAdministration accountAdministration(AccountStore accounts, AccountDirectory directory, LocalTokens tokens,
            ConsoleSessions sessions, PasswordEncoder encoder, PasswordPolicy policy, PasswordLogin passwords, Totp totp,
            AccountAudit audit, SecurityProperties settings, Clock clock) {
        return new AccountAdministration(accounts, directory, tokens, sessions, encoder, policy, passwords, totp, audit,
                settings, clock);
    }

    @Bean
    SessionOpener sessionOpener(ConsoleSessions sessions, AccountAudit audit, SecurityProperties settings) {
        return new SessionOpener(sessions, audit, settings.sessionTimeout());
    }

    @Bean
    SignOnAccounts signOnAccounts(SecurityProperties settings, AccountAdministration administration,
            AccountDirectory directory, Scopes scopes) {
        return new SignOnAccounts(settings.oidc(), administration, directory, scopes);
    }

    /** Believes forwarded headers from the configured reverse proxies only. */
    @Bean
    TrustedProxies trustedProxies(SecurityProperties settings) {
        return new TrustedProxies(settings.trustedProxies());
    }

    /** Gives controllers the caller's {@link Actor} and {@link UnitScope}. */
    @Bean
    WebMvcConfigurer actorArguments(Scopes scopes) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArguments(scopes));
            }
        };
    }

    /** Creates {@code admin} at the first start and restricts the data directory, before requests are served. */
    @Bean
    SmartInitializingSingleton firstAdministrator(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy,
            AccountAudit audit, CoastwatchProperties properties, Clock clock) {
        return () -> {
            AdminBootstrap.ensureAdmin(accounts, encoder, policy, audit, properties.admin().password(), System.out, clock);
            if (properties.store().jdbcUrl() == null || properties.store().jdbcUrl().isBlank()) {
                StoreFiles.restrict(properties.dataDir());
            }
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties settings, CoastwatchProperties properties,
            LocalTokens tokens, PasswordLogin passwords, SignOnAccounts signOnAccounts, SessionOpener opener,
            AccountDirectory directory, ConsoleSessions sessions, LoginThrottle throttle) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        SignOnSessions signOnSessions = null;
        SignOnTokens signOnTokens = new SignOnTokens(null, signOnAccounts);
        if (settings.oidc().enabled()) {
            SignOnConfiguration signOn = new SignOnConfiguration(settings.oidc());
            signOnTokens = new SignOnTokens(signOn.jwtDecoder(), signOnAccounts);
            signOnSessions = new SignOnSessions(signOnAccounts, opener, signOn.clientManager(), signOn.authorizedClients());
            SignOnSessions handlers = signOnSessions;
            http.oauth2Login(login -> login
                    .clientRegistrationRepository(signOn.registrations())
                    .authorizedClientRepository(signOn.authorizedClients())
                    .successHandler(handlers.success())
                    .failureHandler(SignOnSessions.failure()));
        }
        http.authorizeHttpRequests(SecurityConfiguration::accessTable)
                .addFilterBefore(new RequestAuthentication(tokens, passwords, signOnTokens, signOnSessions, directory,
                        sessions, throttle, settings.basic(), unauthorized), CsrfFilter.class)
                .httpBasic(basic -> basic.disable())
                .sessionManagement(session -> session
                        // Only a log-in creates a session: Basic and bearer stay per request.
                        .sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrf))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.contentSecurityPolicy(
                                properties.console().tileUrl(), settings.oidc().issuer())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** The {@link AccessTable}'s rows, most specific first; anything else refused. */
    private static void accessTable(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
        for (AccessTable.Row row : AccessTable.rows()) {
            List<HttpMethod> methods = row.method().equals(HttpMethod.GET) ? List.of(HttpMethod.GET, HttpMethod.HEAD)
                    : List.of(row.method());
            for (HttpMethod method : methods) {
                var matched = rules.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(method, row.path()));
                AccessTable.Who who = row.who();
                if (who.anyone()) {
                    matched.permitAll();
                } else if (who.anyAccount()) {
                    matched.authenticated();
                } else {
                    matched.hasAnyRole(who.roles().stream().map(role -> role.slug()).toArray(String[]::new));
                }
            }
        }
        rules.anyRequest().denyAll();
    }

    /**
     * Whether a request must bear the CSRF token: every state-changing request a console session
     * authenticates, unless a bearer token or Basic credentials in its headers were verified (a foreign page
     * can make a browser send cookies, never those headers). A request nobody authenticated needs none: the
     * access table refuses it with a 401 (a script that forgot its credentials learns that, not "CSRF"); the
     * log-in itself is exempt (it has no session yet).
     */
    private static boolean needsCsrf(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || RequestAuthentication.byHeader(request)
                || CoastwatchUser.of(SecurityContextHolder.getContext().getAuthentication()) == null) {
            return false;
        }
        return !("POST".equals(request.getMethod()) && "/api/v1/session".equals(request.getRequestURI()));
    }
}
