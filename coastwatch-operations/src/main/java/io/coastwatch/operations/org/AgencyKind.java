package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/**
 * What kind of force or authority an {@link Agency} is (see {@code docs/operations.md}, "Organisation").
 * Its slug is its code in the API and in files. The agencies themselves, their names and competences,
 * are data.
 */
public enum AgencyKind {
    /** Bộ Tư lệnh Vùng Cảnh sát biển: a Coast Guard region. */
    COAST_GUARD_REGION(new Label("Vùng Cảnh sát biển", "Coast Guard region")),
    /** Kiểm ngư: the Fisheries Inspection (Cục Thủy sản và Kiểm ngư and its sub-departments). */
    FISHERIES_INSPECTION(new Label("Kiểm ngư", "Fisheries Inspection")),
    /** Công an: the police. */
    POLICE(new Label("Công an", "Police")),
    /** Chi cục Thủy sản tỉnh: the provincial fisheries authority, which runs VMS. */
    FISHERIES_AUTHORITY(new Label("Chi cục Thủy sản", "Provincial fisheries authority")),
    /** Ban quản lý cảng cá: a fishing-port management board. */
    PORT_MANAGEMENT_BOARD(new Label("Ban quản lý cảng cá", "Fishing-port management board")),
    /** Ủy ban nhân dân xã, phường: a commune's or ward's People's Committee. */
    COMMUNE_PEOPLES_COMMITTEE(new Label("Ủy ban nhân dân xã, phường", "Commune People's Committee")),
    /** Hải quân: the Navy. */
    NAVY(new Label("Hải quân", "Navy")),
    /** Cảng vụ hàng hải: the maritime administration of a port area. */
    MARITIME_ADMINISTRATION(new Label("Cảng vụ hàng hải", "Maritime administration")),
    /** Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải: the maritime search-and-rescue centre (MRCC). */
    SAR_CENTRE(new Label("Trung tâm Phối hợp tìm kiếm cứu nạn", "Search-and-rescue centre"));

    private final Label label;

    AgencyKind(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** The kebab-case code: {@code coast-guard-region}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The kind of a slug or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static AgencyKind of(String code) {
        return Slugs.parse(AgencyKind.class, code, "agency kind");
    }
}
