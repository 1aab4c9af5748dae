/**
 * Tips in the server: {@code /api/v1/tips} ({@link io.coastwatch.server.tips.TipController}) over the
 * operations' tip use cases: the fast form, the inbox, triage, merging, confirmation into a case.
 */
package io.coastwatch.server.tips;
