package io.coastwatch.operations.common;

import java.util.List;

/**
 * A use case refuses what it was asked because fields are wrong; nothing was changed. The server
 * answers 400 with each {@link Problem}.
 */
public final class InvalidRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidRequest(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** One wrong field. */
    public static InvalidRequest of(String field, String code, String message) {
        return new InvalidRequest(List.of(new Problem(field, code, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one problem");
        }
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append(text.isEmpty() ? "" : "; ").append(problem.field()).append(": ").append(problem.message());
        }
        return text.toString();
    }
}
