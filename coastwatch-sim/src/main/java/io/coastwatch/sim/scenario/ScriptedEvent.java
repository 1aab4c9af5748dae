package io.coastwatch.sim.scenario;

import java.time.Duration;

/**
 * One scripted event: its kind, when it starts (offset from the scenario start; negative for a
 * behaviour that began before, such as a return declared for the night before), how long the
 * behaviour lasts, and optionally the port its vessel belongs to. Immutable.
 */
public record ScriptedEvent(EventType type, Duration at, Duration duration, String port) {

    public ScriptedEvent {
        if (type == null || at == null) {
            throw new IllegalArgumentException("a scripted event needs a type and a start offset");
        }
        duration = duration == null ? type.defaultDuration() : duration;
    }
}
