package io.coastwatch.store.testing;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;

/** Position fixes for tests. */
public final class Fixes {

    private Fixes() {
    }

    /** A plausible Class A fix of {@code vesselId} at {@code timeMillis}, off Phan Rang, its fields derived from the time. */
    public static PositionFix fix(long vesselId, long timeMillis) {
        return new PositionFix(vesselId, timeMillis, 11.5 + (timeMillis % 1000) * 1e-5, 109.0 + (vesselId % 1000) * 1e-4,
                (timeMillis % 200) / 10.0, (timeMillis % 3600) / 10.0, (int) (timeMillis % 360), 0,
                FixSource.AIS_CLASS_A, Plausibility.PLAUSIBLE);
    }

    /** A fix like {@link #fix} from another source. */
    public static PositionFix fix(long vesselId, long timeMillis, FixSource source) {
        PositionFix fix = fix(vesselId, timeMillis);
        return new PositionFix(vesselId, timeMillis, fix.latitude(), fix.longitude(), fix.speedKnots(),
                fix.courseDegrees(), fix.headingDegrees(), fix.navigationStatus(), source, fix.plausibility());
    }
}
