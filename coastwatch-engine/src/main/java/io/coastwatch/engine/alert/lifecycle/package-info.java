/**
 * The alerts' life cycle: the single-threaded {@link io.coastwatch.engine.alert.lifecycle.AlertBook}
 * (apply a detection, a person's transition, restore after a restart), which stores every change
 * through the engine's port {@link io.coastwatch.engine.port.AlertRepository}, and an in-memory
 * repository for tests and benchmarks.
 */
package io.coastwatch.engine.alert.lifecycle;
