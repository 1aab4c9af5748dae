/**
 * JDBC storage for Coastwatch on SQLite (one file, WAL, no set-up: the default) and PostgreSQL
 * (production), with one schema and migrations per dialect. {@link io.coastwatch.store.Database}
 * opens a store and hands out its parts.
 */
package io.coastwatch.store;
