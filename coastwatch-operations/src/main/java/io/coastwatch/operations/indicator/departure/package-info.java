/**
 * The indicators computed from departure records: {@link
 * io.coastwatch.operations.indicator.departure.DepartureCount} over the {@link
 * io.coastwatch.operations.indicator.departure.DepartureFacts} port.
 */
package io.coastwatch.operations.indicator.departure;
