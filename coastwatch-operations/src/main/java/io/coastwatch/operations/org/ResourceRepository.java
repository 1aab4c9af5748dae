package io.coastwatch.operations.org;

import java.util.List;
import java.util.Optional;

/**
 * The resources (port; the store implements it). Writes join the caller's
 * {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface ResourceRepository {

    /** Every resource, by id. */
    List<Resource> all();

    Optional<Resource> find(String resourceId);

    /** Creates the resource or replaces the one with its id. */
    void save(Resource resource);

    /** Removes the resource; whether there was one. */
    boolean remove(String resourceId);
}
