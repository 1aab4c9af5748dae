/**
 * The engine's ports: the interfaces through which its stages hand on what they compute
 * ({@link io.coastwatch.engine.port.TrackObserver}, {@link io.coastwatch.engine.port.AlertSink}) and
 * store and reload it ({@link io.coastwatch.engine.port.PositionStore},
 * {@link io.coastwatch.engine.port.VesselSnapshotStore}, {@link io.coastwatch.engine.port.AlertRepository}).
 * The stored ones are implemented outside the engine ({@code coastwatch-store}); tests may use the
 * in-memory ones beside the contract tests.
 */
package io.coastwatch.engine.port;
