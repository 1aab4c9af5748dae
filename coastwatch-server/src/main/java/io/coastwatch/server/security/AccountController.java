package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/accounts}: the accounts and the roles they hold per unit (system administrators), and
 * what a user does to their own: password, second factor. Hashes and secrets never leave the server.
 */
@RestController
@Tag(name = "Accounts", description = "Accounts, their roles per unit, passwords and second factors")
public class AccountController {
    private final AccountStore accounts;
    private final AccountAdministration administration;

    AccountController(AccountStore accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    /** A role held: {@code role} a slug ({@code station-officer}); {@code unitId} a unit or {@code *} (the command); {@code agencyId} for a liaison. */
    public record RoleView(String role, String unitId, String agencyId) {
        static RoleView of(RoleAssignment assignment) {
            return new RoleView(assignment.role().slug(), assignment.unitId(), assignment.agencyId());
        }
    }

    /** A new account. */
    public record NewAccount(String username, String password, List<RoleView> roles, String personId) {
    }

    /** The roles, enabled flag and person an account gets. */
    public record AccountChange(List<RoleView> roles, Boolean enabled, String personId) {
    }

    /** A password change: {@code currentPassword} for one's own. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** A code of the authenticator app. */
    public record Code(String code) {
    }

    /** An account as shown. */
    public record AccountView(String username, List<RoleView> roles, boolean enabled, String personId,
            boolean secondFactor, String signOnIssuer, String created, String passwordChanged) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.assignments().stream().map(RoleView::of).toList(), a.enabled(),
                    a.personId(), a.totpSecret() != null, a.oidc() == null ? null : a.oidc().issuer(),
                    Instant.ofEpochMilli(a.createdMillis()).toString(),
                    a.hasPassword() ? Instant.ofEpochMilli(a.passwordChangedMillis()).toString() : null);
        }
    }

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "Every account with its roles per unit (system administrators)")
    public List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @GetMapping("/api/v1/accounts/{username}")
    @Operation(summary = "One account (system administrators)")
    public AccountView one(@PathVariable String username) {
        return AccountView.of(accounts.find(username).orElseThrow(() -> new NotFound("no account '" + username + "'")));
    }

    @PostMapping("/api/v1/accounts")
    @Operation(summary = "Creates a local account (system administrators); the password must pass the policy")
    public ResponseEntity<AccountView> create(@RequestBody NewAccount request, Actor actor) {
        if (request == null) {
            throw ApiException.invalid("username", "required", "send {username, password, roles}");
        }
        Account created = administration.create(actor, request.username(), request.password(),
                assignments(request.roles()), request.personId());
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(created));
    }

    @PutMapping("/api/v1/accounts/{username}")
    @Operation(summary = "Sets an account's roles per unit, enabled flag and person (system administrators);"
            + " disabling ends its sessions and stops its tokens")
    public AccountView change(@PathVariable String username, @RequestBody AccountChange request, Actor actor) {
        if (request == null || request.roles() == null || request.enabled() == null) {
            throw ApiException.invalid("roles", "required", "send {roles, enabled, personId}");
        }
        return AccountView.of(administration.update(actor, username, assignments(request.roles()), request.enabled(),
                request.personId()));
    }

    @DeleteMapping("/api/v1/accounts/{username}")
    @Operation(summary = "Deletes an account with its tokens and ends its sessions (system administrators)")
    public ResponseEntity<Void> delete(@PathVariable String username, Actor actor) {
        administration.delete(actor, username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/accounts/{username}/password")
    @Operation(summary = "Changes a password: one's own with the current one, anyone's as a system administrator;"
            + " the account's other sessions end")
    public ResponseEntity<Void> password(@PathVariable String username, @RequestBody PasswordChange request,
            Authentication authentication) {
        if (request == null) {
            throw ApiException.invalid("newPassword", "required", "send {currentPassword, newPassword}");
        }
        administration.changePassword(CoastwatchUser.of(authentication), username, request.currentPassword(),
                request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/accounts/{username}/second-factor")
    @Operation(summary = "Starts setting up one's own TOTP second factor (administrators and commanders):"
            + " the secret and its otpauth:// URI, to confirm with a code within 10 minutes")
    public AccountAdministration.Enrolment startSecondFactor(@PathVariable String username, Authentication authentication) {
        return administration.startSecondFactor(CoastwatchUser.of(authentication), username);
    }

    @PostMapping("/api/v1/accounts/{username}/second-factor/confirm")
    @Operation(summary = "Turns the second factor on with a current code of the authenticator")
    public ResponseEntity<Void> confirmSecondFactor(@PathVariable String username, @RequestBody Code request,
            Authentication authentication) {
        administration.confirmSecondFactor(CoastwatchUser.of(authentication), username,
                request == null ? null : request.code());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/accounts/{username}/second-factor")
    @Operation(summary = "Turns the second factor off: one's own with a current code (?code=), anyone's as a"
            + " system administrator")
    public ResponseEntity<Void> removeSecondFactor(@PathVariable String username,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String code,
            Authentication authentication) {
        administration.removeSecondFactor(CoastwatchUser.of(authentication), username, code);
        return ResponseEntity.noContent().build();
    }

    /** The assignments of a request's roles; 400 naming the role that is wrong. */
    static List<RoleAssignment> assignments(List<RoleView> roles) {
        List<RoleAssignment> assignments = new ArrayList<>();
        List<RoleView> given = roles == null ? List.of() : roles;
        for (int i = 0; i < given.size(); i++) {
            RoleView view = given.get(i);
            String field = "roles[" + i + "]";
            if (view == null || view.role() == null) {
                throw ApiException.invalid(field + ".role", "required", "each role names its role");
            }
            Role role;
            try {
                role = Role.of(view.role());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(field + ".role", "unknown-value", e.getMessage());
            }
            String unit = view.unitId();
            if (role != Role.LIAISON && (unit == null || !(unit.equals(RoleAssignment.ROOT)
                    || Ids.isValid(unit)))) {
                throw ApiException.invalid(field + ".unitId", "required", "a " + role.slug()
                        + " holds the role in a unit: its id, or * for the command");
            }
            if (role == Role.LIAISON && (view.agencyId() == null || view.agencyId().isBlank())) {
                throw ApiException.invalid(field + ".agencyId", "required", "a liaison acts for an agency");
            }
            assignments.add(role == Role.LIAISON ? RoleAssignment.liaisonOf(view.agencyId().strip())
                    : RoleAssignment.in(role, unit));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(assignments));
    }
}
