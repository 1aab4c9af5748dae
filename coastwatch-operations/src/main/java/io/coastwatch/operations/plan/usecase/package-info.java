/**
 * The plan use cases, one per action, each given the {@link io.coastwatch.operations.access.Actor} and
 * checking their scope: {@link io.coastwatch.operations.plan.usecase.CreatePlan} and {@link
 * io.coastwatch.operations.plan.usecase.SetTargets} (audited in their transaction), {@link
 * io.coastwatch.operations.plan.usecase.MeasureProgress} (a read). {@link
 * io.coastwatch.operations.plan.usecase.PlanDesk} holds what they share.
 */
package io.coastwatch.operations.plan.usecase;
