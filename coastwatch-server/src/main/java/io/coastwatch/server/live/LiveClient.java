package io.coastwatch.server.live;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One WebSocket client: its subscription, the vessels waiting to be sent (latest state of each, in
 * the order they first changed) and its sender thread, which sends at most the subscribed rate (a
 * token bucket holding a quarter of a second's worth). {@link #offer} is called on the engine thread
 * and never blocks beyond a short lock; a state replaced before it was sent is counted as coalesced,
 * and new vessels beyond {@link #MAX_PENDING} are dropped and counted. Thread-safe.
 */
final class LiveClient {
    static final int MAX_PENDING = 200_000;

    private final WebSocketSession session;
    private final Function<VesselSnapshot, String> encoder;
    private final LiveStats stats;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LinkedHashMap<Long, VesselSnapshot> pending = new LinkedHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile Subscription subscription;
    private volatile boolean closed;
    private Thread sender;

    LiveClient(WebSocketSession session, Function<VesselSnapshot, String> encoder, LiveStats stats) {
        this.session = session;
        this.encoder = encoder;
        this.stats = stats;
    }

    /** Replaces the subscription and queues every vessel now in the new box. */
    void subscribe(Subscription newSubscription, Iterable<VesselSnapshot> current) {
        subscription = newSubscription;
        lock.lock();
        try {
            pending.clear();
            for (VesselSnapshot vessel : current) {
                if (inside(vessel, newSubscription)) {
                    pending.put(vessel.vesselId(), vessel);
                }
            }
            if (sender == null) {
                sender = Thread.ofVirtual().name("live-" + session.getId()).start(this::sendLoop);
            }
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Queues a vessel's new state if it lies in the client's box. Engine thread. */
    void offer(VesselSnapshot vessel) {
        Subscription current = subscription;
        if (current == null || closed || !inside(vessel, current)) {
            return;
        }
        lock.lock();
        try {
            if (pending.put(vessel.vesselId(), vessel) != null) {
                stats.coalesced.increment();
            } else if (pending.size() > MAX_PENDING) {
                pending.remove(vessel.vesselId());
                stats.dropped.increment();
                return;
            }
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    long sent() {
        return sent.get();
    }

    void close() {
        closed = true;
        lock.lock();
        try {
            pending.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
        if (sender != null) {
            sender.interrupt();
        }
    }

    private void sendLoop() {
        double tokens = 1;
        long lastNanos = System.nanoTime();
        try {
            while (!closed) {
                VesselSnapshot next = takeNext();
                if (next == null) {
                    return;
                }
                int rate = subscription.maxRatePerSecond();
                double capacity = Math.max(1, rate / 4.0);
                long now = System.nanoTime();
                tokens = Math.min(capacity, tokens + (now - lastNanos) * rate / 1e9);
                lastNanos = now;
                if (tokens < 1) {
                    long waitNanos = (long) ((1 - tokens) * 1e9 / rate);
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                    long after = System.nanoTime();
                    tokens = Math.min(capacity, tokens + (after - lastNanos) * rate / 1e9);
                    lastNanos = after;
                    next = latest(next);
                }
                tokens -= 1;
                TextMessage message = new TextMessage(encoder.apply(next));
                synchronized (session) { // sends on a session must not overlap (the handler answers on it too)
                    session.sendMessage(message);
                }
                sent.incrementAndGet();
                stats.sent.increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            closed = true; // the client went away; the handler's close callback cleans up
        }
    }

    /** Waits for and removes the oldest pending vessel; {@code null} once closed. */
    private VesselSnapshot takeNext() throws InterruptedException {
        lock.lock();
        try {
            while (pending.isEmpty() && !closed) {
                changed.await();
            }
            if (closed) {
                return null;
            }
            Iterator<Map.Entry<Long, VesselSnapshot>> first = pending.entrySet().iterator();
            VesselSnapshot vessel = first.next().getValue();
            first.remove();
            return vessel;
        } finally {
            lock.unlock();
        }
    }

    /** The newest state of this vessel, if it changed while the sender waited for a token. */
    private VesselSnapshot latest(VesselSnapshot vessel) {
        lock.lock();
        try {
            VesselSnapshot newer = pending.remove(vessel.vesselId());
            if (newer != null) {
                stats.coalesced.increment();
                return newer;
            }
            return vessel;
        } finally {
            lock.unlock();
        }
    }

    private static boolean inside(VesselSnapshot vessel, Subscription subscription) {
        PositionFix fix = vessel.lastFix();
        return fix != null && subscription.box().contains(fix.longitude(), fix.latitude());
    }
}
