package io.coastwatch.operations.indicator.departure;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The departure records as the indicators read them (port; the store implements it on the registry's
 * departure records, and port control's trips will take their place). Thread-safe.
 */
public interface DepartureFacts {

    /** Hands {@code sink} every departure in {@code [from, to)}, oldest first, one at a time. */
    void forEach(Instant from, Instant to, Consumer<DepartureFact> sink);
}
