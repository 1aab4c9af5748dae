/**
 * The pipeline: the one place where the engine's stages are wired in order (decode → track →
 * store → observe: the rule engine), the bounded queue in front of the single writer thread, and
 * the live picture that readers query.
 */
package io.coastwatch.engine.pipeline;
