package io.coastwatch.store.rule;

import java.util.Objects;

/**
 * A rule definition as stored: its id and its definition as JSON (the server reads and writes the
 * JSON; the store keeps it as text). Immutable.
 *
 * @param id the rule instance's id
 * @param definitionJson the whole definition, JSON
 * @param updatedBy who last changed it
 * @param updatedMillis when, UNIX ms
 */
public record StoredRule(String id, String definitionJson, String updatedBy, long updatedMillis) {
    public StoredRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definitionJson, "definitionJson");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
