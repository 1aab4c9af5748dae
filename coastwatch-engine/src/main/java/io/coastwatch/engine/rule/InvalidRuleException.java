package io.coastwatch.engine.rule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule definition the engine refuses: its parameters are not those of its type, or a value is not of
 * its type or out of its range ({@link RuleTypeSpec#check}). Each problem names its field.
 */
public final class InvalidRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Not serialised with the exception: records of strings, kept for the caller that catches it. */
    private final transient List<RuleProblem> problems;

    /**
     * @param ruleId the rule's id, for the message
     * @param problems what is wrong, at least one
     */
    public InvalidRuleException(String ruleId, List<RuleProblem> problems) {
        super("rule " + ruleId + ": " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid rule has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, each with its field. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
