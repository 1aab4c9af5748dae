package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/**
 * A resource's status in its timeline, and what it means for sending it. Its slug is its API code.
 * Every status but {@link #READY} needs a reason when recorded.
 */
public enum ResourceStatus {
    /** Sẵn sàng: crewed and fuelled at its berth, can go now. */
    READY(new Label("Sẵn sàng", "Ready"), Availability.NOW, false),
    /** Trực chờ: its crew recalled within 30 minutes. */
    STANDBY(new Label("Trực chờ", "Standby"), Availability.WITHIN_30_MINUTES, false),
    /** Đang làm nhiệm vụ: out on a mission. */
    ON_MISSION(new Label("Đang làm nhiệm vụ", "On mission"), Availability.NOT_AVAILABLE, false),
    /** Bảo dưỡng: planned maintenance. */
    MAINTENANCE(new Label("Bảo dưỡng", "Maintenance"), Availability.NOT_AVAILABLE, true),
    /** Hỏng hóc: a defect. */
    DEFECT(new Label("Hỏng hóc", "Defect"), Availability.NOT_AVAILABLE, true),
    /** Thiếu kíp: not enough crew. */
    CREW_SHORT(new Label("Thiếu kíp", "Crew short"), Availability.NOT_AVAILABLE, true),
    /** Hạn chế do thời tiết: the sea state keeps it in. */
    WEATHER_LIMITED(new Label("Hạn chế do thời tiết", "Weather-limited"), Availability.NOT_AVAILABLE, true);

    private final Label label;
    private final Availability availability;
    private final boolean blocksPlanning;

    ResourceStatus(Label label, Availability availability, boolean blocksPlanning) {
        this.label = label;
        this.availability = availability;
        this.blocksPlanning = blocksPlanning;
    }

    public Label label() {
        return label;
    }

    /** How soon a resource in this status can be sent. */
    public Availability availability() {
        return availability;
    }

    /** Whether a mission planned while the resource is in this status is a conflict (maintenance, defect …). */
    public boolean blocksPlanning() {
        return blocksPlanning;
    }

    /** The kebab-case code: {@code crew-short}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The status of a slug or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static ResourceStatus of(String code) {
        return Slugs.parse(ResourceStatus.class, code, "resource status");
    }
}
