package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/** What a unit's {@link Resource} is. Its slug is its code in the API and in files. */
public enum ResourceKind {
    /** Tàu tuần tra: a patrol boat. */
    PATROL_BOAT(new Label("Tàu tuần tra", "Patrol boat"), true),
    /** Ca nô: a fast boat. */
    FAST_BOAT(new Label("Ca nô", "Fast boat"), true),
    /** Xe: a vehicle. */
    VEHICLE(new Label("Xe", "Vehicle"), false),
    /** Ra-đa: a coastal radar. */
    RADAR(new Label("Ra-đa", "Radar"), false),
    /** Camera: a fixed or pan-tilt-zoom camera. */
    CAMERA(new Label("Camera", "Camera"), false);

    private final Label label;
    private final boolean vessel;

    ResourceKind(Label label, boolean vessel) {
        this.label = label;
        this.vessel = vessel;
    }

    public Label label() {
        return label;
    }

    /** Whether it goes to sea (and so may carry an MMSI). */
    public boolean vessel() {
        return vessel;
    }

    /** The kebab-case code: {@code patrol-boat}. */
    public String slug() {
        return Slugs.of(this);
    }

    /** The kind of a slug or constant name; {@link IllegalArgumentException} naming the known ones. */
    public static ResourceKind of(String code) {
        return Slugs.parse(ResourceKind.class, code, "resource kind");
    }
}
