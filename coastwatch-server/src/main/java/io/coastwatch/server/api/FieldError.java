package io.coastwatch.server.api;

import java.util.Objects;

/**
 * What is wrong with one field of a refused request, as the {@code errors} list of a problem detail
 * carries it. The console shows {@code code} in the user's language (its bundles' {@code error.<code>}
 * entry, with {@code field} named by the form) and falls back to {@code message}, which is English.
 *
 * @param field the field's path in the request, as the client wrote it: {@code registrationNumber},
 *     {@code crew[2].nationalId}, or a query parameter's name
 * @param code a stable kebab-case reason: {@code required}, {@code too-long}, {@code out-of-range},
 *     {@code not-a-number}, {@code unknown-value}, {@code bad-format}, {@code not-allowed} …
 * @param message the reason in English, naming what was expected
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
