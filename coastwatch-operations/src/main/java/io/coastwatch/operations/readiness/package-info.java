/**
 * Combat readiness (sẵn sàng chiến đấu), {@code docs/operations.md}, "Readiness, duty and patrols": a
 * unit's {@link io.coastwatch.operations.readiness.ReadinessLevel} set by an order
 * ({@link io.coastwatch.operations.readiness.ReadinessOrder}, history kept), each resource's status as a
 * timeline of {@link io.coastwatch.operations.readiness.StatusChange}s (RapportNav's model: a status lasts
 * until the next; hours per status are derived by
 * {@link io.coastwatch.operations.readiness.StatusTimeline}, never typed), and the
 * {@link io.coastwatch.operations.readiness.ReadinessBoard}: what can go now, within 30 minutes, or not,
 * and why, with the {@link io.coastwatch.operations.readiness.Conflict}s of the resources' planned
 * {@link io.coastwatch.operations.readiness.Commitment}s. Plain Java; the store implements
 * {@link io.coastwatch.operations.readiness.ReadinessRepository}.
 */
package io.coastwatch.operations.readiness;
