/**
 * The engine's ports: the interfaces through which it stores and reloads what it computes.
 * Implementations live outside the engine ({@code coastwatch-store}); tests may use the in-memory
 * ones beside the contract tests.
 */
package io.coastwatch.engine.port;
