/**
 * The organisation in the server: the use cases of {@code io.coastwatch.operations.org.usecase} wired
 * over the store ({@link io.coastwatch.server.org.OrganisationConfiguration}), the API under
 * {@code /api/v1} ({@code units}, {@code agencies}, {@code persons}, {@code resources}, with CSV and XLSX
 * import and export), and the demo organisation seeded at first start.
 */
package io.coastwatch.server.org;
