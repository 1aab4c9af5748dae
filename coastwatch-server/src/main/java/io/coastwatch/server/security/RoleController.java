package io.coastwatch.server.security;

import io.coastwatch.operations.access.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/roles}: the roles with their names in Vietnamese and English, for the console. */
@RestController
@Tag(name = "Accounts")
public class RoleController {

    /** A role: its slug and names. */
    public record RoleLabel(String role, String vi, String en) {
    }

    @GetMapping("/api/v1/roles")
    @Operation(summary = "The roles an account can hold in a unit, with their names")
    public List<RoleLabel> roles() {
        return Arrays.stream(Role.values()).map(role -> new RoleLabel(role.slug(), role.label().vi(), role.label().en()))
                .toList();
    }
}
