/**
 * The readiness use cases, one per action, each given the {@link io.coastwatch.operations.access.Actor}
 * and their {@link io.coastwatch.operations.access.UnitScope}: {@link
 * io.coastwatch.operations.readiness.usecase.SetReadinessLevel} and {@link
 * io.coastwatch.operations.readiness.usecase.RecordResourceStatus} (audited in their transaction), {@link
 * io.coastwatch.operations.readiness.usecase.ViewReadinessBoard} and {@link
 * io.coastwatch.operations.readiness.usecase.ReadinessHours} (reads). {@link
 * io.coastwatch.operations.readiness.usecase.ReadinessDesk} holds what they share.
 */
package io.coastwatch.operations.readiness.usecase;
