package io.coastwatch.operations.org;

import java.util.List;
import java.util.Optional;

/**
 * The persons (port; the store implements it). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface PersonRepository {

    /** Every person, by id. */
    List<Person> all();

    Optional<Person> find(String personId);

    /** Creates the person or replaces the one with its id. */
    void save(Person person);

    /** Removes the person; whether there was one. */
    boolean remove(String personId);
}
