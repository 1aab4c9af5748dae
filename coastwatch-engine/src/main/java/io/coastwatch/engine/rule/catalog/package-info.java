/**
 * The catalogue of rule classes: {@link io.coastwatch.engine.rule.catalog.StandardRules} makes the rule of
 * every type of docs/rules.md. Apart from {@code rule} so that the engine does not depend on the rules it runs
 * (they depend on it).
 */
package io.coastwatch.engine.rule.catalog;
