/**
 * The tips on SQLite and PostgreSQL ({@code V51__tips.sql}): {@link io.coastwatch.store.tips.JdbcTipRepository}.
 */
package io.coastwatch.store.tips;
