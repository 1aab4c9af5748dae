package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.Objects;

/**
 * A place a reporter tells a position from: a port, an anchorage, a cape, an island. Data with its
 * validity ({@code landmarks.csv}). Immutable.
 *
 * @param id its code ({@code LM-HONCAU})
 * @param kind {@code port}, {@code anchorage}, {@code cape} or {@code island}
 * @param label its name
 * @param latitude degrees north
 * @param longitude degrees east
 * @param validity when it is in the list
 */
public record Landmark(String id, String kind, Label label, double latitude, double longitude, Validity validity) {

    public Landmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(validity, "validity");
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("landmark " + id + ": no point at " + latitude + ", " + longitude);
        }
    }
}
