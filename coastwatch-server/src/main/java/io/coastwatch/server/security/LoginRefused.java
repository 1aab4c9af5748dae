package io.coastwatch.server.security;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * A log-in refused, and why: the answer's status ({@link Reason#status}), the reason's slug (also the
 * problem's {@code code}) and, when throttled, how long to wait ({@code Retry-After}).
 */
final class LoginRefused extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    /** Why a log-in was refused. */
    enum Reason {
        /** Unknown account, wrong password, disabled account: the same answer for each, so none is disclosed. */
        BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "wrong username or password, or the account is disabled"),
        /** Too many failures for the account or the address: wait. */
        THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "too many failed log-ins: wait before trying again"),
        /** Every password-hashing slot stayed busy. */
        BUSY(HttpStatus.SERVICE_UNAVAILABLE, "the server is busy checking other log-ins: try again shortly"),
        /** The account has a second factor and no code came (or a Basic request, which cannot carry one). */
        SECOND_FACTOR_REQUIRED(HttpStatus.UNAUTHORIZED, "this account needs the 6-digit code of its authenticator"
                + " (HTTP Basic cannot carry one: use a session or a bearer token)"),
        /** The second factor's code is wrong or was used already. */
        SECOND_FACTOR_WRONG(HttpStatus.UNAUTHORIZED, "the authenticator's code is wrong or was used already");

        private final HttpStatus status;
        private final String message;

        Reason(HttpStatus status, String message) {
            this.status = status;
            this.message = message;
        }

        HttpStatus status() {
            return status;
        }

        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    LoginRefused(Reason reason, Duration retryAfter) {
        super(reason.message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    LoginRefused(Reason reason) {
        this(reason, null);
    }

    Reason reason() {
        return reason;
    }

    /** How long to wait before the next attempt, or {@code null}. */
    Duration retryAfter() {
        return retryAfter;
    }
}
