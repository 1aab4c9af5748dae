/**
 * The audit log in the API: {@code GET /api/v1/audit} to browse and filter it, and
 * {@code GET /api/v1/audit/export} to hand a period to an inspector with the hashes
 * ({@link io.coastwatch.server.audit.AuditController}).
 */
package io.coastwatch.server.audit;
