/**
 * The case use cases, one action each, over {@link io.coastwatch.operations.cases.usecase.CaseDesk}:
 * open ({@link io.coastwatch.operations.cases.usecase.OpenCase}, or through
 * {@link io.coastwatch.operations.cases.usecase.CaseIntakeService} for another part), change state,
 * assign, link a record, add a note, a vessel, a person, a task. Each appends to the case's timeline and
 * audits it in the same transaction.
 */
package io.coastwatch.operations.cases.usecase;
