package io.coastwatch.operations.readiness;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;
import java.util.Objects;

/**
 * Why a resource's planned use cannot stand as planned. Immutable.
 *
 * @param kind       what is wrong
 * @param resourceId the resource
 * @param missionId  the mission whose plan conflicts
 * @param other      the other mission ({@link Kind#DOUBLE_BOOKED}), the blocking status' slug
 *                   ({@link Kind#UNAVAILABLE}) or the crew planned and needed ({@code 4/12},
 *                   {@link Kind#CREW_SHORT})
 */
public record Conflict(Kind kind, String resourceId, String missionId, String other) {

    /** What is wrong with a planned use. Its slug is its API code. */
    public enum Kind {
        /** Planned on two missions at once. */
        DOUBLE_BOOKED(new Label("Trùng nhiệm vụ", "Planned on two missions at once")),
        /** Planned while in maintenance, defective, crew short or weather-limited. */
        UNAVAILABLE(new Label("Không sẵn sàng trong thời gian dự kiến", "Not available when planned")),
        /** Planned with fewer persons aboard than its crew. */
        CREW_SHORT(new Label("Thiếu kíp", "Without a full crew"));

        private final Label label;

        Kind(Label label) {
            this.label = label;
        }

        public Label label() {
            return label;
        }

        public String slug() {
            return Slugs.of(this);
        }
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(missionId, "missionId");
        Objects.requireNonNull(other, "other");
    }
}
