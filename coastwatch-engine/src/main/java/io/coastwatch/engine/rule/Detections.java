package io.coastwatch.engine.rule;

import io.coastwatch.engine.alert.AlertKey;
import io.coastwatch.engine.alert.Detection;

/**
 * Where a rule says what it sees. The engine turns these calls into the {@link Detection}s the alert
 * sink receives: a condition that {@linkplain #holds holds} is passed on when it starts, when its
 * severity changes and at most every few minutes of event time while it lasts; {@link #ended} is
 * passed on once, and only for a condition that was holding. So a rule may call {@code holds} on
 * every fix. Writer thread only.
 */
public interface Detections {

    /** The condition of {@code detection} holds (its phase must be {@link Detection.Phase#RAISED}). */
    void holds(Detection detection);

    /** Whether the condition of {@code key} is holding (was raised and has not ended). */
    boolean isHolding(AlertKey key);

    /** The condition of {@code key} stopped holding at {@code timeMillis}. */
    void ended(AlertKey key, long timeMillis);
}
