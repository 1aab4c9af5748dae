package io.coastwatch.operations.cases;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a person is in a case. A reporter's identity is protected: it is shown only to the command's own people. */
public enum PartyRole {
    CAPTAIN(new Label("Thuyền trưởng", "Captain")),
    CREW(new Label("Thuyền viên", "Crew member")),
    SUSPECT(new Label("Đối tượng vi phạm", "Suspect")),
    WITNESS(new Label("Người làm chứng", "Witness")),
    REPORTER(new Label("Người báo tin", "Reporter"));

    private final Label label;

    PartyRole(Label label) {
        this.label = label;
    }

    /** The role as the API names it: {@code suspect}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label label() {
        return label;
    }

    /**
     * The role of {@code code}.
     *
     * @throws IllegalArgumentException naming the known codes otherwise
     */
    public static PartyRole of(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + code + "'; one of "
                        + Arrays.stream(values()).map(PartyRole::code).collect(Collectors.joining(", "))));
    }
}
