package io.coastwatch.server.live;

import io.coastwatch.server.vessel.BoundingBox;

/**
 * What a client asked for: {@code {"bbox":[minLon,minLat,maxLon,maxLat], "maxRatePerSecond": N,
 * "batch": true|false}}.
 *
 * @param box the area of interest
 * @param maxRatePerSecond at most this many updates a second (1 to {@link #MAX_RATE})
 * @param batch whether the client takes its messages gathered into batches (one WebSocket message
 *     {@code {"type":"batch","messages":[…]}} at most every {@link LiveClient#BATCH_PAUSE}): far fewer
 *     messages for a browser to receive when thousands of vessels move
 */
record Subscription(BoundingBox box, int maxRatePerSecond, boolean batch) {
    static final int DEFAULT_RATE = 10;
    static final int MAX_RATE = 10_000;

    Subscription {
        if (maxRatePerSecond < 1 || maxRatePerSecond > MAX_RATE) {
            throw new IllegalArgumentException("maxRatePerSecond must be 1-" + MAX_RATE);
        }
    }
}
