/**
 * Limits on what a request may bring, applied before it is authenticated or read: the size of its body
 * ({@link io.coastwatch.server.limits.BodyLimitFilter}, {@code coastwatch.request-limits.*}), larger
 * for the endpoints that take files. The limits on fields and rows are the endpoints' own.
 */
package io.coastwatch.server.limits;
