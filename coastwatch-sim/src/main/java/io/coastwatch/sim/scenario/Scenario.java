package io.coastwatch.sim.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One simulation run as a scenario file describes it. Immutable.
 *
 * @param name a label
 * @param seed seed of every random choice: the same scenario and seed give byte-identical output
 * @param start simulated time of the first instant
 * @param duration simulated length of the run
 * @param speed simulated seconds per wall-clock second when paced (ignored as fast as possible)
 * @param geography sea waypoints and the national limit line
 * @param reception shore receivers and satellite
 * @param fleet the background traffic
 * @param events the scripted events, each with its own vessel(s)
 * @param load a load-test fleet instead of (or besides) the demo fleet; null for none
 */
public record Scenario(
        String name,
        long seed,
        Instant start,
        Duration duration,
        double speed,
        Geography geography,
        ReceptionSettings reception,
        FleetSettings fleet,
        List<ScriptedEvent> events,
        LoadSettings load) {

    public Scenario {
        if (start == null || duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a scenario needs a start and a positive duration");
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, was " + speed);
        }
        name = name == null ? "scenario" : name;
        geography = geography == null ? new Geography(null, null, null) : geography;
        reception = reception == null ? new ReceptionSettings(0, 0, null, 1) : reception;
        fleet = fleet == null ? new FleetSettings(null, null, null, 0, null) : fleet;
        events = events == null ? List.of() : List.copyOf(events);
    }

    /**
     * This scenario starting at {@code newStart}: every scripted event keeps its offset from the
     * start. The demo starts its scenario now, so that the picture is live.
     */
    public Scenario startingAt(Instant newStart) {
        return new Scenario(name, seed, newStart, duration, speed, geography, reception, fleet, events, load);
    }

    /** This scenario with another seed, speed or duration (null keeps the scenario's). */
    public Scenario with(Long newSeed, Double newSpeed, Duration newDuration) {
        return new Scenario(name, newSeed == null ? seed : newSeed, start,
                newDuration == null ? duration : newDuration, newSpeed == null ? speed : newSpeed,
                geography, reception, fleet, events, load);
    }
}
