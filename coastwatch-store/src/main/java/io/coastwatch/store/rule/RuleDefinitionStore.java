package io.coastwatch.store.rule;

import java.util.List;

/** The rule instances defined through the API or loaded from the rules file. Thread-safe; writes durable. */
public interface RuleDefinitionStore {

    /** Every stored rule, in id order. */
    List<StoredRule> all();

    /** Inserts the rule, or replaces the one with the same id. */
    void save(StoredRule rule);

    /** Deletes the rule; says whether there was one. */
    boolean delete(String id);
}
