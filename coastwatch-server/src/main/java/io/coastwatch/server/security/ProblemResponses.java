package io.coastwatch.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401, 403, 429 and 503 of the security layer as RFC 7807 problem details, with a {@code code} for the
 * console ({@code bad-credentials}, {@code throttled}, {@code second-factor-required}, {@code csrf} …).
 * The 401 challenges with {@code Bearer} only, never {@code Basic}, so that browsers do not prompt for
 * (and cache) Basic credentials; a 429 says when to try again ({@code Retry-After}, seconds).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof LoginRefused refused) {
                if (refused.retryAfter() != null) {
                    response.setHeader(HttpHeaders.RETRY_AFTER,
                            Long.toString(Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000)));
                }
                if (refused.reason().status() == HttpStatus.UNAUTHORIZED) {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coastwatch\"");
                }
                write(response, refused.reason().status(), refused.reason().slug(), refused.getMessage());
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coastwatch\"");
            write(response, HttpStatus.UNAUTHORIZED, "authentication-required",
                    "authentication required: a session, HTTP Basic or a bearer token");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                write(response, HttpStatus.FORBIDDEN, "csrf", "a change carried by the session needs the CSRF token:"
                        + " send the X-XSRF-TOKEN header with the value of the XSRF-TOKEN cookie (also returned by the login)");
            } else {
                write(response, HttpStatus.FORBIDDEN, "role-not-allowed", "your role may not do this");
            }
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"code\":\"" + code + "\",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
