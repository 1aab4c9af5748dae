package io.coastwatch.engine.rule;

import java.util.Objects;

/**
 * One thing wrong with a rule definition, named so that an API can answer it as a field error and a
 * rules file as a line of its message. Immutable.
 *
 * @param field the field, in the rules file's names ({@code parameters.gap}, {@code type})
 * @param code a kebab-case slug the console translates ({@code unknown-parameter}, {@code out-of-range},
 *     {@code not-a-number}, {@code not-a-duration}, {@code not-a-whole-number})
 * @param message what is wrong and what is expected, in English
 */
public record RuleProblem(String field, String code, String message) {

    public RuleProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
