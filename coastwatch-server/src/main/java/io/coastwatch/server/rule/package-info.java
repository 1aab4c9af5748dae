/**
 * The detection rules in the server: {@link io.coastwatch.server.rule.RuleService} keeps the rule
 * instances in the store and runs them in the engine's {@link io.coastwatch.engine.rule.RuleEngine};
 * {@code /api/v1/rules} defines them.
 */
package io.coastwatch.server.rule;
