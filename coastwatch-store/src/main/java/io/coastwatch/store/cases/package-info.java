/**
 * The cases on SQLite and PostgreSQL ({@code V50__cases.sql}): {@link io.coastwatch.store.cases.JdbcCaseRepository},
 * each case's timeline as rows of JSON events and its summary as a row for the searches.
 */
package io.coastwatch.store.cases;
