/**
 * Port control's trips: a fishing vessel's departure declared at a station, checked at once against its
 * registry record and VMS state ({@link io.coastwatch.operations.trip.DepartureChecks}, reasons and
 * thresholds as data in {@link io.coastwatch.operations.trip.PortControlCatalog}), decided, followed to
 * sea and back ({@link io.coastwatch.operations.trip.Trip}: state derived from immutable events), and
 * counted per station and day ({@link io.coastwatch.operations.trip.TripCounters}). Storage, use cases
 * and the API come next (issue 14 phase 2).
 */
package io.coastwatch.operations.trip;
