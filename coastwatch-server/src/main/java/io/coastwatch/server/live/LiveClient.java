package io.coastwatch.server.live;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.io.IOException;
import java.util.ArrayDeque;
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
 * the order they first changed), the alert messages waiting to be sent (every one, in order), and its
 * sender thread, started when the client connects. Alerts go first and are not throttled; vessels are
 * sent at most at the subscribed rate (a token bucket holding a quarter of a second's worth).
 * {@link #offer} and {@link #offerAlert} are called on the engine's and the alert service's threads
 * and never block beyond a short lock; a vessel state replaced before it was sent is counted as
 * coalesced, new vessels beyond {@link #MAX_PENDING} and alerts beyond {@link #MAX_PENDING_ALERTS}
 * are dropped and counted. Thread-safe.
 */
final class LiveClient {
    static final int MAX_PENDING = 200_000;
    static final int MAX_PENDING_ALERTS = 10_000;

    private final WebSocketSession session;
    private final Function<VesselSnapshot, String> encoder;
    private final LiveStats stats;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LinkedHashMap<Long, VesselSnapshot> pending = new LinkedHashMap<>();
    private final ArrayDeque<String> pendingAlerts = new ArrayDeque<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile Subscription subscription;
    private volatile boolean closed;
    private final Thread sender;
    /** The latest heartbeat not sent yet (a newer one replaces it), or {@code null}; guarded by lock. */
    private String pendingHeartbeat;

    /** What the sender sends next: an alert message, else a heartbeat, else a vessel. */
    private record Next(String alertMessage, String heartbeat, VesselSnapshot vessel) {
    }

    LiveClient(WebSocketSession session, Function<VesselSnapshot, String> encoder, LiveStats stats) {
        this.session = session;
        this.encoder = encoder;
        this.stats = stats;
        this.sender = Thread.ofVirtual().name("live-" + session.getId()).unstarted(this::sendLoop);
    }

    /** Starts sending (alerts at once, vessels once subscribed). */
    void start() {
        sender.start();
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

    /** Queues an alert message (every client gets every alert, whatever its box). */
    void offerAlert(String message) {
        if (closed) {
            return;
        }
        lock.lock();
        try {
            if (pendingAlerts.size() >= MAX_PENDING_ALERTS) {
                stats.alertsDropped.increment();
                return;
            }
            pendingAlerts.add(message);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues a heartbeat message, sent before any vessel and unthrottled; one not sent yet is replaced,
     * so that a client that reads slowly gets the newest one only.
     */
    void offerHeartbeat(String message) {
        if (closed) {
            return;
        }
        lock.lock();
        try {
            pendingHeartbeat = message;
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
            pendingAlerts.clear();
            pendingHeartbeat = null;
            changed.signal();
        } finally {
            lock.unlock();
        }
        sender.interrupt();
    }

    private void sendLoop() {
        double tokens = 1;
        long lastNanos = System.nanoTime();
        try {
            while (!closed) {
                Next taken = takeNext();
                if (taken == null) {
                    return;
                }
                if (taken.alertMessage() != null) {
                    send(taken.alertMessage());
                    stats.alertsSent.increment();
                    continue;
                }
                if (taken.heartbeat() != null) {
                    send(taken.heartbeat());
                    continue;
                }
                VesselSnapshot next = taken.vessel();
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
                send(encoder.apply(next));
                sent.incrementAndGet();
                stats.sent.increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            closed = true; // the client went away; the handler's close callback cleans up
        }
    }

    private void send(String text) throws IOException {
        TextMessage message = new TextMessage(text);
        synchronized (session) { // sends on a session must not overlap (the handler answers on it too)
            session.sendMessage(message);
        }
    }

    /**
     * Waits for and removes the oldest pending alert, else the pending heartbeat, else the oldest pending
     * vessel; {@code null} once closed.
     */
    private Next takeNext() throws InterruptedException {
        lock.lock();
        try {
            while (pending.isEmpty() && pendingAlerts.isEmpty() && pendingHeartbeat == null && !closed) {
                changed.await();
            }
            if (closed) {
                return null;
            }
            if (!pendingAlerts.isEmpty()) {
                return new Next(pendingAlerts.poll(), null, null);
            }
            if (pendingHeartbeat != null) {
                String heartbeat = pendingHeartbeat;
                pendingHeartbeat = null;
                return new Next(null, heartbeat, null);
            }
            Iterator<Map.Entry<Long, VesselSnapshot>> first = pending.entrySet().iterator();
            VesselSnapshot vessel = first.next().getValue();
            first.remove();
            return new Next(null, null, vessel);
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
