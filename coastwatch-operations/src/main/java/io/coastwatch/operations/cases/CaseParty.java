package io.coastwatch.operations.cases;

import java.util.Objects;

/**
 * A person involved in a case, with their role. Immutable.
 *
 * @param name the person's full name
 * @param role what they are in the case
 * @param nationalId their national ID (CCCD) number, or {@code null}
 * @param vessel the registration number or name of the vessel they were on, or {@code null}
 */
public record CaseParty(String name, PartyRole role, String nationalId, String vessel) {

    public CaseParty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
