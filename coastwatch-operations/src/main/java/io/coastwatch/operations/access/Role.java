package io.coastwatch.operations.access;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.Locale;

/**
 * A role a person holds in a unit. What each may do is the server's access table
 * ({@code docs/operations.md}, "Access"); this is only the list and its names.
 */
public enum Role {
    /** Quản trị hệ thống: accounts, sources, zones, rules, the organisation. */
    SYSTEM_ADMIN(new Label("Quản trị hệ thống", "System administrator")),
    /** Chỉ huy: commands the unit; approves missions, reports and readiness orders. */
    COMMANDER(new Label("Chỉ huy", "Commander")),
    /** Trực ban: the duty officer of the watch; triages alerts and tips, opens cases. */
    DUTY_OFFICER(new Label("Trực ban", "Duty officer")),
    /** Cán bộ đồn/trạm: a station's or control post's officer; port control, cases of the station. */
    STATION_OFFICER(new Label("Cán bộ đồn, trạm", "Station officer")),
    /** Tham mưu: staff analyst; indicators, plans and reports. */
    STAFF_ANALYST(new Label("Tham mưu", "Staff analyst")),
    /** Xem: reads the picture and the records of the unit's scope. */
    VIEWER(new Label("Xem", "Viewer")),
    /** Liên lạc: an account of another agency; sees only what is shared with that agency. */
    LIAISON(new Label("Cán bộ liên lạc cơ quan phối hợp", "Agency liaison"));

    private final Label label;

    Role(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code duty-officer}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role of a slug ({@code duty-officer}) or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static Role of(String code) {
        for (Role role : values()) {
            if (role.slug().equals(code) || role.name().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; one of "
                + Arrays.stream(values()).map(Role::slug).toList());
    }
}
