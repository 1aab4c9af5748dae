package io.coastwatch.operations.common;

import java.util.regex.Pattern;

/**
 * The one pattern of record ids in the API and in files ({@code docs/development.md}, "API"): a letter
 * or digit, then up to 63 letters, digits, {@code .}, {@code _} or {@code -}. No {@code /}, so that every
 * id can stand in a path. Stateless.
 */
public final class Ids {

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    /** Whether {@code id} follows the pattern ({@code false} for {@code null}). */
    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /**
     * {@code id} when it follows the pattern.
     *
     * @param what what it is the id of, for the message ({@code unit})
     * @throws IllegalArgumentException naming {@code what}, the id and the pattern otherwise
     */
    public static String require(String what, String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id '" + id + "' does not match " + PATTERN.pattern());
        }
        return id;
    }

    /**
     * {@code id} when it follows the pattern, as a use case checks a field of a request.
     *
     * @param field the request's field ({@code id}, {@code parentId})
     * @throws InvalidRequest with code {@code bad-format} (or {@code required} when empty) naming the field otherwise
     */
    public static String check(String field, String id) {
        if (id == null || id.isEmpty()) {
            throw InvalidRequest.of(field, "required", field + " is required");
        }
        if (!PATTERN.matcher(id).matches()) {
            throw InvalidRequest.of(field, "bad-format", field + " must match " + PATTERN.pattern());
        }
        return id;
    }
}
