package io.coastwatch.server.live;

import io.coastwatch.server.vessel.BoundingBox;

/**
 * What a client asked for: {@code {"bbox":[minLon,minLat,maxLon,maxLat], "maxRatePerSecond": N}}.
 *
 * @param box the area of interest
 * @param maxRatePerSecond at most this many updates a second (1 to {@link #MAX_RATE})
 */
record Subscription(BoundingBox box, int maxRatePerSecond) {
    static final int DEFAULT_RATE = 10;
    static final int MAX_RATE = 10_000;

    Subscription {
        if (maxRatePerSecond < 1 || maxRatePerSecond > MAX_RATE) {
            throw new IllegalArgumentException("maxRatePerSecond must be 1-" + MAX_RATE);
        }
    }
}
