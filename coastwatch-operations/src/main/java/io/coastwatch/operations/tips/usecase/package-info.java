/**
 * The tip use cases, one action each, over {@link io.coastwatch.operations.tips.usecase.TipDesk}: take a
 * tip, triage or find it unfounded, confirm it into a case, merge a duplicate, record the feedback given
 * to the reporter; and the merge suggestions. Each write is audited in its transaction.
 */
package io.coastwatch.operations.tips.usecase;
