/**
 * The behaviour rules of docs/rules.md: what a vessel does over time, apart from where its zones are —
 * dark vessel (AIS silence at sea), VMS loss, encounter (two vessels slow side by side offshore, found
 * through a uniform grid of slow positions), loitering, position jump, identity conflict, no departure
 * record and overdue return. Each is a {@link io.coastwatch.engine.rule.Rule} with a constructor
 * {@code (RuleDefinition, RuleEnvironment)}; thresholds come from the definition's parameters with
 * docs/rules.md's defaults. Timers run on event time ({@code onClock}), never on the wall clock. Writer
 * thread only, like every rule.
 */
package io.coastwatch.engine.rule.behaviour;
