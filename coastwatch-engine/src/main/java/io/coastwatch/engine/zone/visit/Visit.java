package io.coastwatch.engine.zone.visit;

import java.util.OptionalLong;

/**
 * One stay of a vessel inside an area.
 *
 * @param enteredMillis when it entered, UNIX ms; empty when it was inside already at the period's start
 * @param exitedMillis when it left, UNIX ms; empty when it was still inside at the period's end (or
 *     its last fix, up to {@link AreaVisits#LOOK_AROUND} after the period, was inside)
 */
public record Visit(OptionalLong enteredMillis, OptionalLong exitedMillis) {
}
