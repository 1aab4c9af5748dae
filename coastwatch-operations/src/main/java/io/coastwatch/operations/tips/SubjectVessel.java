package io.coastwatch.operations.tips;

/**
 * A vessel a tip is about, as the reporter described it: its number, its name, what it looked like;
 * and, once known, the live picture's vessel id. At least one is given. Immutable.
 *
 * @param registrationNumber the number seen on its hull, or {@code null}
 * @param name its name, or {@code null}
 * @param description what it looked like ("tàu vỏ xanh, 2 cabin"), or {@code null}
 * @param vesselId the live picture's vessel id, or {@code null}
 */
public record SubjectVessel(String registrationNumber, String name, String description, String vesselId) {

    public SubjectVessel {
        if (registrationNumber == null && name == null && description == null && vesselId == null) {
            throw new IllegalArgumentException("a vessel of a tip needs a number, a name, a description or an id");
        }
    }
}
