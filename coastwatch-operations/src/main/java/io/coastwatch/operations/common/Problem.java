package io.coastwatch.operations.common;

import java.util.Objects;

/**
 * What is wrong with one field of what a person asked: the server turns it into a problem detail's
 * {@code errors} entry; the console shows {@code code} in the user's language.
 *
 * @param field the field's path as the request named it ({@code crew[2].nationalId}); for an import,
 *     the line and column ({@code line 14, licenceValidUntil})
 * @param code a stable kebab-case reason ({@code required}, {@code too-long}, {@code out-of-range},
 *     {@code bad-format}, {@code unknown-value}, {@code duplicate} …)
 * @param message the reason in English, naming what was expected
 */
public record Problem(String field, String code, String message) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
