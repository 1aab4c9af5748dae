package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Ids;
import java.util.Objects;

/**
 * A unit's boat, vehicle, radar or camera. Its MMSI or tracker id ties it to its own track in the live
 * picture. Immutable.
 *
 * @param id an API id, e.g. {@code bp-01}
 * @param kind what it is
 * @param name its name, e.g. {@code BP 01-25-01}
 * @param unitId the unit it belongs to
 * @param hullNumber the number painted on the hull (số hiệu), or {@code null}
 * @param mmsi its AIS MMSI (nine digits), or {@code null}
 * @param trackerId the id of its VMS or GPS tracker, or {@code null}
 * @param speedKnots its patrol speed, knots, or {@code null}
 * @param enduranceHours how long it can stay out without refuelling, hours, or {@code null}
 * @param crewSize the crew it needs, or {@code null}
 */
public record Resource(String id, ResourceKind kind, String name, String unitId, String hullNumber, Integer mmsi,
        String trackerId, Double speedKnots, Double enduranceHours, Integer crewSize) {

    /** The largest MMSI: nine digits. */
    public static final int MAX_MMSI = 999_999_999;

    public Resource {
        Ids.require("resource", id);
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("resource " + id + " needs a name");
        }
        name = name.strip();
        Ids.require("unit", unitId);
        if (mmsi != null && (mmsi < 100_000_000 || mmsi > MAX_MMSI)) {
            throw new IllegalArgumentException("an MMSI has nine digits: " + mmsi);
        }
        if (speedKnots != null && !(speedKnots > 0 && speedKnots < 100)) {
            throw new IllegalArgumentException("speed must be above 0 and below 100 knots: " + speedKnots);
        }
        if (enduranceHours != null && !(enduranceHours > 0 && enduranceHours <= 24 * 90)) {
            throw new IllegalArgumentException("endurance must be above 0 and at most 90 days: " + enduranceHours);
        }
        if (crewSize != null && (crewSize < 0 || crewSize > 500)) {
            throw new IllegalArgumentException("crew size must be 0-500: " + crewSize);
        }
    }
}
