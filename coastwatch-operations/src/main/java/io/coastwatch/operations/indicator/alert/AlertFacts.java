package io.coastwatch.operations.indicator.alert;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The alerts as the indicators read them (port; the store implements it with its own query, apart
 * from the alert service's, so that the alert model may change behind it). Thread-safe.
 */
public interface AlertFacts {

    /**
     * Hands {@code sink} every alert first detected in {@code [from, to)} whose rule type is in
     * {@code ruleTypes} (every type when empty), oldest first, one at a time and never all at once.
     */
    void forEach(Instant from, Instant to, Set<String> ruleTypes, Consumer<AlertFact> sink);
}
