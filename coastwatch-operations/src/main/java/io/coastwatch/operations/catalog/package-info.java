/**
 * The catalogues the parts of the operations model share, as data with validity dates: the incident
 * kinds that alerts, tips, cases, controls and indicators all count by (so that the statistics add up
 * across them), and the legal references that refusal reasons, violations and deadlines cite.
 * Seeded from the CSV resources beside this package ({@code README.md} there names their sources);
 * read through {@link io.coastwatch.operations.catalog.Catalog}.
 */
package io.coastwatch.operations.catalog;
