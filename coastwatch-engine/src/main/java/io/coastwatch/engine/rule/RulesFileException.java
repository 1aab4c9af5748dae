package io.coastwatch.engine.rule;

/**
 * A rules file that cannot be read: the message names the rule (its place in the list and its id)
 * and the field that is wrong, and says what was expected.
 */
public final class RulesFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
