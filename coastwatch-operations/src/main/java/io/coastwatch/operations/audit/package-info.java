/**
 * The tamper-evident record (nhật ký) of every write by a person or a job: an append-only log whose
 * entries are chained by SHA-256 ({@link io.coastwatch.operations.audit.AuditChain}), appended in the
 * same transaction as the write ({@link io.coastwatch.operations.audit.AuditLog}), so that an entry
 * changed or removed behind the product's back is found by {@code coastwatch audit verify}.
 */
package io.coastwatch.operations.audit;
