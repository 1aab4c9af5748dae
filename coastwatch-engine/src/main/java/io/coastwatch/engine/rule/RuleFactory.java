package io.coastwatch.engine.rule;

/**
 * Makes the rule instance of a definition. The {@link RuleEngine} is given one (the standard rules of
 * docs/rules.md are {@code rule.catalog.StandardRules}); implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface RuleFactory {

    /**
     * The rule for {@code definition}.
     *
     * @throws IllegalArgumentException when a parameter of the definition is invalid (the message
     *     names the rule and the parameter)
     */
    Rule create(RuleDefinition definition, RuleEnvironment environment);
}
