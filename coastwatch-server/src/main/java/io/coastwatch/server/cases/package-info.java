/**
 * Cases in the server: {@code /api/v1/cases} ({@link io.coastwatch.server.cases.CaseController}) over the
 * operations' case use cases, opened by hand or from an alert in one click, scoped by the caller's units.
 */
package io.coastwatch.server.cases;
