package io.coastwatch.server.security;

import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.ApiToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}: looks the token's SHA-256 up in the
 * {@link AccountStore}; an unknown, expired token, or one of a disabled account, ends the request with
 * a 401. Requests without a bearer token pass on untouched. Thread-safe.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final AccountStore accounts;
    private final AuthenticationEntryPoint entryPoint;
    private final Clock clock;

    BearerTokenFilter(AccountStore accounts, AuthenticationEntryPoint entryPoint, Clock clock) {
        this.accounts = accounts;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user = authenticate(header.substring(BEARER.length()).trim());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            AuthenticationException failure = new BadCredentialsException("unknown or expired bearer token");
            entryPoint.commence(request, response, failure);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UserDetails> authenticate(String token) {
        Optional<ApiToken> found = accounts.findToken(Tokens.hash(token));
        if (found.isEmpty() || found.get().expiresMillis() <= clock.millis()) {
            return Optional.empty();
        }
        return accounts.find(found.get().username())
                .filter(account -> account.enabled())
                .map(AccountUserDetailsService::details);
    }
}
