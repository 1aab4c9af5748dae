package io.coastwatch.server.security;

import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.account.ApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: bearer tokens acting for the caller. A token is shown once, when issued; the
 * store keeps only its SHA-256. Every token ends ({@code coastwatch.security.token-lifetime} unless the
 * request names a shorter or longer one, up to {@code token-max-lifetime}); one lists and revokes one's
 * own, a system administrator anyone's.
 */
@RestController
@Tag(name = "Tokens", description = "Bearer tokens for scripts")
public class TokenController {
    private static final int MAX_LABEL = 200;

    private final AccountAdministration administration;
    private final LocalTokens tokens;

    TokenController(AccountAdministration administration, LocalTokens tokens) {
        this.administration = administration;
        this.tokens = tokens;
    }

    /**
     * @param label what the token is for
     * @param expiresInDays lifetime in days; {@code null} for the default
     */
    public record TokenRequest(String label, Long expiresInDays) {
    }

    /** The issued token (shown once). */
    public record IssuedToken(String id, String token, String username, String label, String expires) {
    }

    /** A token as listed: never the token itself. */
    public record TokenView(String id, String username, String label, String created, String expires, String lastUsed) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.username(), token.label(), Instant.ofEpochMilli(token.createdMillis())
                    .toString(), Instant.ofEpochMilli(token.expiresMillis()).toString(),
                    token.lastUsedMillis() == 0 ? null : Instant.ofEpochMilli(token.lastUsedMillis()).toString());
        }
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Issues a bearer token acting for the caller, shown once")
    public ResponseEntity<IssuedToken> issue(@RequestBody(required = false) TokenRequest request,
            Authentication authentication) {
        String label = request == null || request.label() == null ? "" : request.label().strip();
        if (label.length() > MAX_LABEL) {
            throw ApiException.invalid("label", "too-long", "a label has at most " + MAX_LABEL + " characters");
        }
        Long days = request == null ? null : request.expiresInDays();
        if (days != null && days < 1) {
            throw ApiException.invalid("expiresInDays", "out-of-range", "a token lives at least 1 day");
        }
        LocalTokens.Issued issued = administration.issueToken(CoastwatchUser.of(authentication), label,
                days == null ? null : Duration.ofDays(days));
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedToken(issued.token().id(), issued.secret(),
                issued.token().username(), label, Instant.ofEpochMilli(issued.token().expiresMillis()).toString()));
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "One's tokens, newest first (a system administrator: ?username= for another's)")
    public List<TokenView> list(@RequestParam(required = false) String username, Authentication authentication) {
        CoastwatchUser user = CoastwatchUser.of(authentication);
        String whose = username == null ? user.username() : username;
        if (!whose.equals(user.username()) && !user.actor().holds(Role.SYSTEM_ADMIN)) {
            throw new OutOfScope("only a system administrator lists another account's tokens");
        }
        return tokens.of(whose).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revokes a token: it stops working at once")
    public ResponseEntity<Void> revoke(@PathVariable String id, Authentication authentication) {
        administration.revokeToken(CoastwatchUser.of(authentication), id);
        return ResponseEntity.noContent().build();
    }
}
