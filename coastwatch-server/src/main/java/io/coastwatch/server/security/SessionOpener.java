package io.coastwatch.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Opens a console session for a user who has just signed in (with a password, or through the provider):
 * a new session id (an id set before the log-in is never kept: no fixation), the idle timeout, the user
 * saved in it, registered in {@link ConsoleSessions} and audited. Thread-safe.
 */
final class SessionOpener {
    private final ConsoleSessions sessions;
    private final AccountAudit audit;
    private final Duration timeout;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionOpener(ConsoleSessions sessions, AccountAudit audit, Duration timeout) {
        this.sessions = sessions;
        this.audit = audit;
        this.timeout = timeout;
    }

    /** The user as saved in the new session (with its public id). */
    CoastwatchUser open(CoastwatchUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
        String id = audit.write(user.actor(), "open", "session", user.username(), null,
                Map.of("via", user.via().slug(), "address", request.getRemoteAddr()),
                () -> sessions.opened(session, user, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
        CoastwatchUser inSession = user.inSession(id);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(inSession.authentication());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return inSession;
    }
}
