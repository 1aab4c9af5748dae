/**
 * The indicators, plans and progress under {@code /api/v1} ({@link
 * io.coastwatch.server.indicator.IndicatorController}, {@link io.coastwatch.server.indicator.PlanController}),
 * and the beans that put the catalogue, the computations and the plan use cases together ({@link
 * io.coastwatch.server.indicator.IndicatorConfiguration}). A later part adds its indicators by declaring
 * its {@link io.coastwatch.operations.indicator.IndicatorComputation} as a bean in its own configuration.
 */
package io.coastwatch.server.indicator;
