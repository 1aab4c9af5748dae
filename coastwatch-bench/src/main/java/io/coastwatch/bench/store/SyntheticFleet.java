package io.coastwatch.bench.store;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.time.Duration;

/**
 * A deterministic history: {@code vessels} vessels, each reporting every {@link #intervalMillis()}
 * over {@code days} days from {@link #START_MILLIS}, {@code positions} fixes in all. Vessel
 * {@code v} has id {@code 574000000 + v}, and its {@code k}th fix is at
 * {@code START + k * interval + offset(v)} with a fixed offset below the interval, so that walking
 * k in the outer loop and v in the inner gives the fixes in time order, as a store receives them.
 * Immutable.
 */
record SyntheticFleet(long positions, int vessels, int days) {

    /** 2026-01-01T00:00Z. */
    static final long START_MILLIS = 1_767_225_600_000L;
    static final long FIRST_VESSEL_ID = 574_000_000L;

    SyntheticFleet {
        if (positions % vessels != 0) {
            throw new IllegalArgumentException("positions must be a multiple of vessels");
        }
    }

    long fixesPerVessel() {
        return positions / vessels;
    }

    long intervalMillis() {
        return Duration.ofDays(days).toMillis() / fixesPerVessel();
    }

    long vesselId(int vessel) {
        return FIRST_VESSEL_ID + vessel;
    }

    long timeMillis(int vessel, long k) {
        long offset = Math.floorMod(vessel * 2_654_435_761L, intervalMillis());
        return START_MILLIS + k * intervalMillis() + offset;
    }

    /** The {@code k}th fix of vessel {@code vessel}: a slow circle off the coast of Ninh Thuận. */
    PositionFix fix(int vessel, long k) {
        double angle = k * 0.01 + vessel;
        return new PositionFix(vesselId(vessel), timeMillis(vessel, k),
                11.0 + (vessel % 100) * 0.01 + 0.2 * Math.sin(angle),
                109.2 + (vessel / 100 % 100) * 0.01 + 0.2 * Math.cos(angle),
                8.5, (Math.toDegrees(angle) % 360 + 360) % 360, (int) ((Math.toDegrees(angle) % 360 + 360) % 360),
                0, FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }
}
