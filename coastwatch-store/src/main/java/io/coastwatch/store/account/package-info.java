/**
 * Accounts with their roles per unit, and API tokens, as stored. Password and token hashing, and what a
 * role may do, are the server's concern ({@code docs/access.md}).
 */
package io.coastwatch.store.account;
