package io.coastwatch.engine.rule;

import java.util.List;

/**
 * A rules file (or one definition of the API) that cannot be read: the message names the rule (its
 * place in the list and its id) and the field that is wrong, and says what was expected. When the
 * wrong fields are known one by one, {@link #problems()} names each (an API answers them as field
 * errors).
 */
public final class RulesFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Not serialised with the exception: records of strings, kept for the caller that catches it. */
    private final transient List<RuleProblem> problems;

    public RulesFileException(String message) {
        this(message, List.of());
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** An error about {@code problems}, each naming its field; {@code where} names the rule. */
    public RulesFileException(String where, List<RuleProblem> problems) {
        super(problems.isEmpty() ? where : where + ": " + String.join("; ",
                problems.stream().map(RuleProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The wrong fields one by one, when known; empty otherwise. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
