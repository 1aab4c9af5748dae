package io.coastwatch.server.security;

import io.coastwatch.store.account.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The security rules: what is public, which role may do what, how requests authenticate (see the
 * package documentation), and the password encoder (Argon2id, stored as {@code {argon2}…}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AccountUserDetailsService userDetailsService(AccountStore accounts) {
        return new AccountUserDetailsService(accounts);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccountStore accounts, AuthenticationManager authentication,
            Clock clock) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // The web console's static files (its login page among them); its data comes from the API.
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/console/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/session").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/sources", "/api/v1/sources/**").authenticated()
                        .requestMatchers("/api/v1/sources", "/api/v1/sources/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/vms").hasAnyRole("ADMIN", "OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/zones", "/api/v1/zones/**").authenticated()
                        .requestMatchers("/api/v1/zones", "/api/v1/zones/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/**", "/api/v1/registry",
                                "/api/v1/registry/**").authenticated()
                        .requestMatchers("/api/v1/rules", "/api/v1/rules/**", "/api/v1/registry", "/api/v1/registry/**")
                                .hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**", "/api/v1/agencies",
                                "/api/v1/agencies/**", "/api/v1/persons", "/api/v1/persons/**", "/api/v1/resources",
                                "/api/v1/resources/**").authenticated()
                        .requestMatchers("/api/v1/units", "/api/v1/units/**", "/api/v1/agencies", "/api/v1/agencies/**",
                                "/api/v1/persons", "/api/v1/persons/**", "/api/v1/resources", "/api/v1/resources/**")
                                .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/alerts/*/deliveries").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/alerts/**").hasAnyRole("ADMIN", "OPERATOR")
                        .anyRequest().authenticated())
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(accounts, unauthorized, clock), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions
                        // Only the login (SessionController) creates sessions: Basic and bearer stay per request.
                        .sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::carriedBySession))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** A state-changing request that would authenticate by the session cookie (no Authorization header), login excepted. */
    private static boolean carriedBySession(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        return !("POST".equals(request.getMethod()) && "/api/v1/session".equals(request.getRequestURI()));
    }
}
