package io.coastwatch.engine.alert;

import java.util.Optional;

/**
 * The detection rules of {@code docs/rules.md}. Each has the slug it is named by in rule files, in the API
 * and in the simulator's ground truth ({@link #slug()}).
 */
public enum RuleType {
    ZONE_ENTRY("zone-entry"),
    ZONE_EXIT("zone-exit"),
    DWELL("dwell"),
    SPEED_IN_ZONE("speed-in-zone"),
    BOUNDARY_APPROACH("boundary-approach"),
    PREDICTED_CROSSING("predicted-crossing"),
    BOUNDARY_CROSSED("boundary-crossed"),
    FOREIGN_VESSEL("foreign-vessel"),
    DARK_VESSEL("dark-vessel"),
    VMS_LOSS("vms-loss"),
    ENCOUNTER("encounter"),
    LOITERING("loitering"),
    FISHING_WRONG_ZONE("fishing-wrong-zone"),
    PROTECTED_AREA("protected-area"),
    POSITION_JUMP("position-jump"),
    IDENTITY_CONFLICT("identity-conflict"),
    NO_DEPARTURE_RECORD("no-departure-record"),
    OVERDUE_RETURN("overdue-return"),
    UNREGISTERED("unregistered");

    private final String slug;

    RuleType(String slug) {
        this.slug = slug;
    }

    /** The rule's name as a slug ({@code dark-vessel}). */
    public String slug() {
        return slug;
    }

    /** The type named {@code slug}, if any. */
    public static Optional<RuleType> ofSlug(String slug) {
        for (RuleType type : values()) {
            if (type.slug.equals(slug)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
