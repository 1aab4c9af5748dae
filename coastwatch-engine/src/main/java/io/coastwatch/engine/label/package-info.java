/**
 * Texts for people in the two languages of the console ({@link io.coastwatch.engine.label.Label}): the
 * names of rule types, their parameters and figures, zone kinds, alert states and actions, which the
 * server serves as its catalogue ({@code GET /api/v1/rules/types}) so that the console restates none.
 */
package io.coastwatch.engine.label;
