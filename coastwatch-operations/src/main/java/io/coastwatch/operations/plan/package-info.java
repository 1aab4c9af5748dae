/**
 * Plans and their targets (kế hoạch, nghị quyết, chỉ tiêu), and progress against them: {@link
 * io.coastwatch.operations.plan.Plan}, {@link io.coastwatch.operations.plan.Target}, the {@link
 * io.coastwatch.operations.plan.PlanRepository} port, and {@link io.coastwatch.operations.plan.Progress}
 * (actual, % of target, Đạt / Vượt / Chưa đạt, against the same period a year before). The writes
 * people make are the use cases of {@code plan.usecase}.
 */
package io.coastwatch.operations.plan;
