package io.coastwatch.server.security;

import io.coastwatch.server.api.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's session: {@code POST /api/v1/session} logs in with JSON credentials (and the second
 * factor's {@code code} when the account has one) into a new session id (against fixation) and returns
 * the CSRF token to send with changes; {@code GET} says who is logged in, with their roles per unit;
 * {@code DELETE} logs out. {@code GET /api/v1/session/providers} names the single sign-on provider for the
 * log-in screen's button. {@code /api/v1/sessions} lists and ends one's open sessions.
 */
@RestController
@Tag(name = "Session", description = "Logging in to the console, and one's open sessions")
public class SessionController {
    private final PasswordLogin passwords;
    private final SessionOpener opener;
    private final ConsoleSessions sessions;
    private final AccountAdministration administration;
    private final SecurityProperties settings;

    SessionController(PasswordLogin passwords, SessionOpener opener, ConsoleSessions sessions,
            AccountAdministration administration, SecurityProperties settings) {
        this.passwords = passwords;
        this.opener = opener;
        this.sessions = sessions;
        this.administration = administration;
        this.settings = settings;
    }

    /** Log-in credentials; {@code code} is the authenticator's 6 digits for an account with a second factor. */
    public record Credentials(String username, String password, String code) {
    }

    /** Who is logged in, how, with which roles per unit, and the CSRF token (header {@code X-XSRF-TOKEN}) of the session. */
    public record SessionView(String username, String role, List<AccountController.RoleView> roles, String via,
            String csrfHeader, String csrfToken) {
    }

    /** The single sign-on provider, when one is configured: the log-in screen's button goes to {@code loginUrl}. */
    public record Provider(String name, String loginUrl) {
    }

    /** An open console session. */
    public record OpenSession(String id, String via, String address, String userAgent, String created, String lastSeen,
            boolean current) {
    }

    @PostMapping("/api/v1/session")
    @Operation(summary = "Logs in to the console; 401 for wrong credentials or a missing second factor,"
            + " 429 (Retry-After) after too many failures")
    public SessionView login(@RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw ApiException.invalid("username", "required", "username and password are needed");
        }
        CoastwatchUser user = passwords.authenticate(credentials.username(), credentials.password(), credentials.code(),
                request.getRemoteAddr(), CoastwatchUser.Via.SESSION);
        return view(opener.open(user, request, response), request);
    }

    @GetMapping("/api/v1/session")
    @Operation(summary = "Who is logged in, with their roles per unit")
    public SessionView current(Authentication authentication, HttpServletRequest request) {
        return view(CoastwatchUser.of(authentication), request);
    }

    @DeleteMapping("/api/v1/session")
    @Operation(summary = "Logs out")
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String id = ConsoleSessions.idOf(session);
        if (id != null) {
            sessions.end(id);
        } else if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/session/providers")
    @Operation(summary = "The single sign-on provider to offer on the log-in screen (none when not configured)")
    public List<Provider> providers() {
        return settings.oidc().enabled() ? List.of(new Provider(settings.oidc().displayName(),
                "/oauth2/authorization/" + SignOnConfiguration.REGISTRATION)) : List.of();
    }

    @GetMapping("/api/v1/sessions")
    @Operation(summary = "One's open console sessions, newest first")
    public List<OpenSession> mine(Authentication authentication) {
        CoastwatchUser user = CoastwatchUser.of(authentication);
        return sessions.of(user.username()).stream().map(info -> new OpenSession(info.id(), info.via().slug(),
                info.address(), info.userAgent(), Instant.ofEpochMilli(info.createdMillis()).toString(),
                Instant.ofEpochMilli(info.lastSeenMillis()).toString(), info.id().equals(user.sessionId()))).toList();
    }

    @DeleteMapping("/api/v1/sessions/{id}")
    @Operation(summary = "Ends one of one's sessions (a system administrator: anyone's)")
    public ResponseEntity<Void> end(@PathVariable String id, Authentication authentication) {
        administration.endSession(CoastwatchUser.of(authentication), id);
        return ResponseEntity.noContent().build();
    }

    private static SessionView view(CoastwatchUser user, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        List<AccountController.RoleView> roles = user.assignments().stream().map(AccountController.RoleView::of).toList();
        return new SessionView(user.username(), roles.isEmpty() ? null : roles.getFirst().role(), roles,
                user.via().slug(), csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken());
    }
}
