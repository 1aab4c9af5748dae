/**
 * The plans and their targets on SQLite and PostgreSQL ({@code V70__plans.sql}): {@link
 * io.coastwatch.store.plan.JdbcPlanRepository}.
 */
package io.coastwatch.store.plan;
