package io.coastwatch.operations.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agencies (port; the store implements it). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface AgencyRepository {

    /** Every agency, whatever its validity, by id. */
    List<Agency> all();

    /** The agencies that exist on {@code day}, by id. */
    default List<Agency> validOn(LocalDate day) {
        return all().stream().filter(agency -> agency.validity().covers(day)).toList();
    }

    Optional<Agency> find(String agencyId);

    /** Creates the agency or replaces the one with its id. */
    void save(Agency agency);
}
