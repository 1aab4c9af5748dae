package io.coastwatch.operations.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A vessel's captain or chief engineer as the registry knows them: the certificate of competence
 * (chứng chỉ thuyền trưởng, máy trưởng, Circular 22/2018/TT-BNNPTNT) they sail on. Immutable.
 *
 * @param name the holder's full name
 * @param certificateNumber the certificate's number, or {@code null} when none is recorded
 * @param certificateValidUntil the certificate's last valid day, or {@code null} when unknown
 */
public record CrewOfficer(String name, String certificateNumber, LocalDate certificateValidUntil) {

    public CrewOfficer {
        Objects.requireNonNull(name, "name");
    }

    /** Whether the certificate is recorded and valid on {@code day}. */
    public boolean certifiedOn(LocalDate day) {
        return certificateNumber != null && certificateValidUntil != null && !day.isAfter(certificateValidUntil);
    }
}
