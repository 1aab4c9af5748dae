package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.Problem;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the codes and texts of a readiness or mission request, collecting each bad one as a
 * {@link Problem}. Stateless.
 */
public final class Codes {

    private Codes() {
    }

    /** The constant {@code parse} gives for {@code code}, or {@code null} with a problem (required or unknown). */
    public static <T> T parse(List<Problem> problems, String field, String code, Function<String, T> parse) {
        if (code == null || code.isBlank()) {
            problems.add(new Problem(field, "required", field + " is required"));
            return null;
        }
        try {
            return parse.apply(code.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "unknown-value", e.getMessage()));
            return null;
        }
    }

    /** The stripped text, {@code null} when blank (a problem when {@code required}), or too long (a problem). */
    public static String text(List<Problem> problems, String field, String text, boolean required) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "required", field + " is required"));
            }
            return null;
        }
        if (stripped.length() > Fields.MAX_TEXT) {
            problems.add(new Problem(field, "too-long", field + " must be at most " + Fields.MAX_TEXT + " characters"));
            return null;
        }
        return stripped;
    }
}
