package io.coastwatch.server.security;

import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.ApiToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tokens}: issues a bearer token acting for the caller. The token is shown once,
 * in this response; the store keeps only its SHA-256.
 */
@RestController
public class TokenController {
    private static final long MAX_DAYS = 3650;

    private final AccountStore accounts;
    private final Clock clock;
    private final Tokens tokens = new Tokens();

    public TokenController(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * @param label what the token is for
     * @param expiresInDays lifetime in days (1-3650), or {@code null} for a token that never expires
     */
    public record TokenRequest(String label, Long expiresInDays) {
    }

    /** The issued token (shown once). */
    public record IssuedToken(String token, String username, String label, String expires) {
    }

    @PostMapping("/api/v1/tokens")
    public ResponseEntity<IssuedToken> issue(@RequestBody(required = false) TokenRequest request, Authentication user) {
        String label = request == null || request.label() == null ? "" : request.label().trim();
        if (label.length() > 200) {
            throw ApiException.badRequest("label is longer than 200 characters");
        }
        Long days = request == null ? null : request.expiresInDays();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ApiException.badRequest("expiresInDays must be 1-" + MAX_DAYS);
        }
        long now = clock.millis();
        long expires = days == null ? Long.MAX_VALUE : now + Duration.ofDays(days).toMillis();
        String token = tokens.newToken();
        accounts.saveToken(new ApiToken(Tokens.hash(token), user.getName(), label, now, expires));
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedToken(token, user.getName(), label,
                expires == Long.MAX_VALUE ? null : Instant.ofEpochMilli(expires).toString()));
    }
}
