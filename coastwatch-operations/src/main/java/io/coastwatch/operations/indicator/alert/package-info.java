/**
 * The indicators computed from alerts: {@link io.coastwatch.operations.indicator.alert.AlertCount}
 * (alerts and vessels by incident kind) and {@link io.coastwatch.operations.indicator.alert.AlertResponseTime}
 * (how fast a person answered), over the {@link io.coastwatch.operations.indicator.alert.AlertFacts}
 * port, which the store implements with its own query on the alert tables.
 */
package io.coastwatch.operations.indicator.alert;
