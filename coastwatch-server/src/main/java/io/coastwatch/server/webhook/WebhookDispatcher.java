package io.coastwatch.server.webhook;

import io.coastwatch.store.alert.AlertStore;
import io.coastwatch.store.alert.WebhookDelivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers the outbox: on its own thread, takes the deliveries that are due (oldest due first, up to
 * {@value #BATCH} at a time, sent concurrently on virtual threads), POSTs each payload as JSON with
 * the headers {@code X-Coastwatch-Delivery} (the outbox id, for receivers to drop duplicates) and
 * {@code X-Coastwatch-Event}, and records the outcome: a 2xx answer is delivered; anything else is
 * retried after {@link WebhookSettings#backoff}, until {@link WebhookSettings#maxAttempts} (then
 * given up, kept with its last error). Delivery is at least once: one interrupted by a stop is sent
 * again after the restart. Deliveries to one receiver are not ordered: the payload carries the time.
 *
 * <p>Thread-safe. Life cycle: construct, {@link #start} once, {@link #close} once.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    static final int BATCH = 32;
    private static final long IDLE_WAIT_MILLIS = 30_000;
    private static final long STORE_FAILURE_WAIT_MILLIS = 5_000;
    private static final int MAX_ERROR_LENGTH = 500;

    private final AlertStore outbox;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();
    private final LongAdder gaveUp = new LongAdder();
    private boolean woken; // guarded by lock
    private volatile boolean closing;

    public WebhookDispatcher(AlertStore outbox, WebhookSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.thread = new Thread(this::run, "coastwatch-webhooks");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Tells the dispatcher that deliveries were written; returns at once. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            wakeUp.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Deliveries a receiver accepted. */
    public long delivered() {
        return delivered.sum();
    }

    /** Attempts that failed (each retry counts). */
    public long failedAttempts() {
        return failedAttempts.sum();
    }

    /** Deliveries given up after the last attempt failed. */
    public long gaveUp() {
        return gaveUp.sum();
    }

    private void run() {
        while (!closing) {
            long waitMillis;
            try {
                List<WebhookDelivery> due = outbox.dueDeliveries(clock.millis(), BATCH);
                if (!due.isEmpty()) {
                    if (!sendAll(due)) {
                        await(STORE_FAILURE_WAIT_MILLIS); // outcomes not recorded: the same deliveries are due again
                    }
                    continue;
                }
                OptionalLong next = outbox.nextDeliveryMillis();
                waitMillis = next.isPresent() ? Math.min(IDLE_WAIT_MILLIS, next.getAsLong() - clock.millis())
                        : IDLE_WAIT_MILLIS;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "webhook outbox unavailable; retrying", e);
                waitMillis = STORE_FAILURE_WAIT_MILLIS;
            }
            await(waitMillis);
        }
    }

    private void await(long waitMillis) {
        lock.lock();
        try {
            if (!woken && !closing && waitMillis > 0) {
                wakeUp.await(waitMillis, TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            closing = true;
        } finally {
            lock.unlock();
        }
    }

    /** Sends the deliveries at once; returns whether every outcome was recorded in the outbox. */
    private boolean sendAll(List<WebhookDelivery> due) {
        AtomicBoolean recorded = new AtomicBoolean(true);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WebhookDelivery delivery : due) {
                senders.execute(() -> {
                    try {
                        send(delivery);
                    } catch (RuntimeException e) {
                        recorded.set(false);
                        LOG.log(System.Logger.Level.ERROR, "cannot record webhook delivery " + delivery.id(), e);
                    }
                });
            }
        }
        return recorded.get();
    }

    private void send(WebhookDelivery delivery) {
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Coastwatch-Delivery", Long.toString(delivery.id()))
                    .header("X-Coastwatch-Event", delivery.event())
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                outbox.delivered(delivery.id(), clock.millis());
                delivered.increment();
                return;
            }
            error = "HTTP " + response.statusCode() + (response.body().isBlank() ? "" : ": " + response.body().strip());
        } catch (IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: tried again after the restart
        }
        failed(delivery, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
    }

    private void failed(WebhookDelivery delivery, String error) {
        failedAttempts.increment();
        int attempts = delivery.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            gaveUp.increment();
            LOG.log(System.Logger.Level.WARNING, "webhook delivery " + delivery.id() + " to " + delivery.url()
                    + " given up after " + attempts + " attempts: " + error);
            outbox.attemptFailed(delivery.id(), error, WebhookDelivery.NONE);
        } else {
            outbox.attemptFailed(delivery.id(), error, clock.millis() + settings.backoff(attempts).toMillis());
        }
    }

    /** Stops after the deliveries being sent now are recorded; what is left is sent after a restart. */
    @Override
    public void close() {
        closing = true;
        wake();
        if (thread.isAlive()) {
            try {
                thread.join(settings.timeout().toMillis() * 2 + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
    }
}
