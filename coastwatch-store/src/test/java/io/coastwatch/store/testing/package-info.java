/**
 * Test support: the databases the contract tests run against (a SQLite file in a temporary folder,
 * a PostgreSQL server started from Maven Central binaries by the tests themselves).
 */
package io.coastwatch.store.testing;
