/** User accounts and API tokens, as stored. Password and token hashing is the server's concern. */
package io.coastwatch.store.account;
