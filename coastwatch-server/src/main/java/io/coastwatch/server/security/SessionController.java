package io.coastwatch.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import io.coastwatch.server.api.ApiException;

/**
 * The web console's session: {@code POST /api/v1/session} logs in with JSON credentials (a new session
 * id, against fixation) and returns the CSRF token to send with state-changing requests;
 * {@code GET} says who is logged in; {@code DELETE} logs out.
 */
@RestController
public class SessionController {
    private final AuthenticationManager authentication;
    /** Only the login saves the authentication in the session: Basic and bearer keep theirs to the request. */
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public SessionController(AuthenticationManager authentication) {
        this.authentication = authentication;
    }

    /** Login credentials. */
    public record Credentials(String username, String password) {
    }

    /** Who is logged in, and the CSRF token (header {@code X-XSRF-TOKEN}) of the session. */
    public record SessionView(String username, String role, String csrfHeader, String csrfToken) {
    }

    @PostMapping("/api/v1/session")
    public SessionView login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw ApiException.badRequest("username and password are needed");
        }
        Authentication user;
        try {
            user = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
        } catch (AuthenticationException e) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "wrong username or password, or the account is disabled");
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return view(user, request);
    }

    @GetMapping("/api/v1/session")
    public SessionView current(Authentication user, HttpServletRequest request) {
        return view(user, request);
    }

    @DeleteMapping("/api/v1/session")
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    private static SessionView view(Authentication user, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String role = user.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).findFirst().orElse(null);
        return new SessionView(user.getName(), role, csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken());
    }
}
