package io.coastwatch.store.source;

import java.util.List;
import java.util.Optional;

/** Configured sources. Every write is durable when the call returns. Thread-safe. */
public interface SourceDefinitionStore {

    List<SourceDefinition> all();

    Optional<SourceDefinition> find(String id);

    /** Inserts or replaces the source with this id. */
    void save(SourceDefinition source);

    /** Deletes it; {@code false} when there was none. */
    boolean delete(String id);
}
