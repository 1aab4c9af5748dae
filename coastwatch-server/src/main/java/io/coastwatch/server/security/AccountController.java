package io.coastwatch.server.security;

import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import io.coastwatch.store.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET|POST /api/v1/accounts} (administrators only): the local accounts. Hashes never leave the server. */
@RestController
public class AccountController {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MIN_PASSWORD = 10;

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public AccountController(AccountStore accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new account. */
    public record NewAccount(String username, String password, String role) {
    }

    /** An account as shown. */
    public record AccountView(String username, String role, boolean enabled, String created) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.role().name(), a.enabled(), Instant.ofEpochMilli(a.createdMillis()).toString());
        }
    }

    @GetMapping("/api/v1/accounts")
    public List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PostMapping("/api/v1/accounts")
    public ResponseEntity<AccountView> create(@RequestBody NewAccount request) {
        if (request == null || request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw ApiException.badRequest("username must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD) {
            throw ApiException.badRequest("password must have at least " + MIN_PASSWORD + " characters");
        }
        Role role;
        try {
            role = Role.valueOf(String.valueOf(request.role()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("role must be ADMIN, OPERATOR or VIEWER");
        }
        if (accounts.find(request.username()).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "user '" + request.username() + "' exists");
        }
        Account account = new Account(request.username(), encoder.encode(request.password()), role, true, clock.millis());
        try {
            accounts.create(account);
        } catch (IllegalStateException raced) {
            throw new ApiException(HttpStatus.CONFLICT, "user '" + request.username() + "' exists");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(account));
    }
}
