package io.coastwatch.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as RFC 7807 problem details. The 401 challenges with {@code Bearer} only, never
 * {@code Basic}, so that browsers do not prompt for (and cache) Basic credentials.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coastwatch\"");
            write(response, HttpStatus.UNAUTHORIZED, "authentication required: a session, HTTP Basic or a bearer token"
                    + (exception.getMessage() == null ? "" : " (" + exception.getMessage() + ")"));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
                exception instanceof CsrfException
                        ? "a change carried by the session needs the CSRF token: send the X-XSRF-TOKEN header"
                                + " with the value of the XSRF-TOKEN cookie (also returned by the login)"
                        : "your role may not do this");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
