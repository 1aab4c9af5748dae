package io.coastwatch.server.security;

import io.coastwatch.server.security.LoginRefused.Reason;
import io.coastwatch.store.account.Account;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who a request is, before CSRF is checked and access decided:
 * <ul>
 *   <li>{@code Authorization: Bearer …}: a Coastwatch token ({@code cw_…}) or, when single sign-on is on,
 *       the provider's JWT; {@code Authorization: Basic …} when Basic is allowed. Success authenticates
 *       this request only (no session) and marks it {@linkplain #byHeader authenticated by a header} —
 *       the only requests CSRF is not asked of. Failure ends the request: 401, or 429 when throttled.
 *       Any other scheme is ignored, so such a request is what its cookies make it.</li>
 *   <li>Otherwise a console session's user is refreshed from the account as it is now: roles changed by
 *       an administrator apply at once; a disabled or deleted account's session ends, and so does a
 *       single sign-on session whose provider refuses to refresh its tokens.</li>
 * </ul>
 * Thread-safe.
 */
final class RequestAuthentication extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";
    private static final String BY_HEADER = RequestAuthentication.class.getName() + ".byHeader";

    private final LocalTokens tokens;
    private final PasswordLogin passwords;
    private final SignOnTokens signOnTokens;
    private final SignOnSessions signOnSessions;
    private final AccountDirectory accounts;
    private final ConsoleSessions sessions;
    private final LoginThrottle throttle;
    private final boolean basicAllowed;
    private final AuthenticationEntryPoint entryPoint;

    /** @param signOnSessions the provider's console sessions, or {@code null} when single sign-on is off */
    RequestAuthentication(LocalTokens tokens, PasswordLogin passwords, SignOnTokens signOnTokens,
            SignOnSessions signOnSessions, AccountDirectory accounts, ConsoleSessions sessions, LoginThrottle throttle, boolean basicAllowed,
            AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.signOnTokens = signOnTokens;
        this.signOnSessions = signOnSessions;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.basicAllowed = basicAllowed;
        this.entryPoint = entryPoint;
    }

    /** Whether {@code request} authenticated by a bearer token or Basic credentials that were verified. */
    static boolean byHeader(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BY_HEADER));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = startsWith(header, BEARER);
        boolean basic = basicAllowed && startsWith(header, BASIC);
        if (!bearer && !basic) {
            refreshSession(request, response);
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        CoastwatchUser user;
        try {
            user = bearer ? bearer(header.substring(BEARER.length()).strip(), address) : basic(header, address);
        } catch (LoginRefused refused) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, refused);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.authentication());
        SecurityContextHolder.setContext(context);
        request.setAttribute(BY_HEADER, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A token that verifies passes even from an address held for guessing (a token of 256 random bits is
     * not guessed, and checking one costs a SHA-256, not a password hash): a flood of bogus credentials from
     * a shared address never locks out the scripts and officers behind it. One that does not verify is
     * refused 429 while the address is held, else counted against it.
     */
    private CoastwatchUser bearer(String token, String address) {
        Optional<CoastwatchUser> user = token.startsWith(LocalTokens.PREFIX) ? tokens.authenticate(token)
                : signOnTokens.authenticate(token, address);
        Optional<java.time.Duration> wait = user.isPresent() ? Optional.empty() : throttle.wait(null, address);
        if (wait.isPresent()) {
            SecurityLog.failed(null, address, "token", Reason.THROTTLED.slug());
            throw new LoginRefused(Reason.THROTTLED, wait.get());
        }
        if (user.isEmpty()) {
            throttle.failed(null, address);
            SecurityLog.failed(null, address, "token", "unknown-expired-or-revoked-token");
            throw new LoginRefused(Reason.BAD_CREDENTIALS);
        }
        return user.get();
    }

    private CoastwatchUser basic(String header, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new LoginRefused(Reason.BAD_CREDENTIALS);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new LoginRefused(Reason.BAD_CREDENTIALS);
        }
        return passwords.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), null, address,
                CoastwatchUser.Via.BASIC);
    }

    private void refreshSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        CoastwatchUser user = CoastwatchUser.of(authentication);
        HttpSession session = request.getSession(false);
        if (user == null || session == null) {
            return;
        }
        Optional<Account> account = accounts.enabled(user.username());
        boolean signedOff = user.via() == CoastwatchUser.Via.SIGN_ON_SESSION
                && (signOnSessions == null || !signOnSessions.stillSignedOn(request, response, user));
        if (account.isEmpty() || signedOff || user.sessionId() == null || sessions.find(user.sessionId()).isEmpty()) {
            sessions.end(String.valueOf(user.sessionId()));
            invalidate(session);
            SecurityContextHolder.clearContext();
            return;
        }
        sessions.seen(user.sessionId());
        CoastwatchUser fresh = user.withAssignments(SignOnTokens.assignmentsOf(account.get(), user));
        if (!fresh.equals(user)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh.authentication());
            SecurityContextHolder.setContext(context);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
