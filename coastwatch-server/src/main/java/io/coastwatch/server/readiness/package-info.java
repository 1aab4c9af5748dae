/**
 * {@code /api/v1/readiness}: units' readiness levels and their orders, resources' status timelines and
 * hours per status, and the readiness board, over the operations' readiness use cases
 * ({@code io.coastwatch.operations.readiness}).
 */
package io.coastwatch.server.readiness;
