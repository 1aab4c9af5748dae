/**
 * The detection rules of docs/rules.md and the engine that runs them on the writer thread: each
 * {@link io.coastwatch.engine.rule.Rule} instance reads the {@link io.coastwatch.engine.rule.VesselState}
 * the engine keeps per vessel (zones, at sea, registry entry) and reports through
 * {@link io.coastwatch.engine.rule.Detections}; definitions ({@link io.coastwatch.engine.rule.RuleDefinition})
 * come from a rules file or the API.
 */
package io.coastwatch.engine.rule;
