/** The feed sources an administrator configured, as stored, so that they survive restarts. */
package io.coastwatch.store.source;
