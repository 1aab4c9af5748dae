package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/** What a unit is in the Border Guard's organisation. Its slug is its code in the API and in files. */
public enum UnitKind {
    /** Bộ Chỉ huy (Ban Chỉ huy) Bộ đội Biên phòng tỉnh: the provincial command. */
    COMMAND(new Label("Bộ Chỉ huy Bộ đội Biên phòng", "Border Guard command")),
    /** Phòng, ban: a staff office of the command. */
    STAFF_OFFICE(new Label("Phòng, ban", "Staff office")),
    /** Đồn Biên phòng: a Border Guard station with its area of responsibility. */
    STATION(new Label("Đồn Biên phòng", "Border Guard station")),
    /** Trạm kiểm soát Biên phòng: a control post, usually at a fishing port. */
    CONTROL_POST(new Label("Trạm kiểm soát Biên phòng", "Border Guard control post")),
    /** Hải đội: a flotilla of patrol boats. */
    FLOTILLA(new Label("Hải đội", "Flotilla")),
    /** Tổ tàu, tổ công tác: a boat team or working team. */
    BOAT_TEAM(new Label("Tổ tàu", "Boat team"));

    private final Label label;

    UnitKind(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code control-post}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The kind of a slug ({@code control-post}) or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static UnitKind of(String code) {
        return Slugs.parse(UnitKind.class, code, "unit kind");
    }
}
