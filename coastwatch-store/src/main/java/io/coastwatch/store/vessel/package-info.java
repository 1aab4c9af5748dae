/** Persisted vessel states ({@link io.coastwatch.engine.track.VesselSnapshot}), from which the live picture is restored. */
package io.coastwatch.store.vessel;
