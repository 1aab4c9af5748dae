/**
 * The command's work, beside the engine: who the command is ({@code org}), who may do what
 * ({@code access}), the tamper-evident record of every write ({@code audit}), and — as they are built —
 * port control, cases and tips, readiness and patrols, indicators and the review.
 *
 * <p>Plain Java, no framework and no SQL: each thing a person or a job does is a use case (one class,
 * one {@code execute}) given the {@link io.coastwatch.operations.access.Actor} who does it; state lives
 * behind repository interfaces (ports) that {@code coastwatch-store} implements on SQLite and
 * PostgreSQL; a write and its audit record share one transaction
 * ({@link io.coastwatch.operations.common.Transactions}). The model is {@code docs/operations.md};
 * the conventions between its parts are {@code docs/development.md}.
 */
package io.coastwatch.operations;
