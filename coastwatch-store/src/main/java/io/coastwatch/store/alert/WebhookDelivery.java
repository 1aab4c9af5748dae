package io.coastwatch.store.alert;

/**
 * One webhook delivery in the outbox, with how it went so far.
 *
 * @param id the outbox's identifier, increasing in the order deliveries were written
 * @param alertId the alert it reports on
 * @param url where it is POSTed
 * @param event what happened to the alert
 * @param payload the JSON body
 * @param attempts how many times it was tried
 * @param createdMillis when it was written, UNIX ms
 * @param nextAttemptMillis when it is tried next, or {@link #NONE} when delivered or given up
 * @param deliveredMillis when the receiver accepted it, or {@link #NONE}
 * @param lastError why the last attempt failed, or {@code null}
 */
public record WebhookDelivery(long id, long alertId, String url, String event, String payload, int attempts,
        long createdMillis, long nextAttemptMillis, long deliveredMillis, String lastError) {

    /** No such time. */
    public static final long NONE = Long.MIN_VALUE;

    /** Whether the receiver accepted it. */
    public boolean delivered() {
        return deliveredMillis != NONE;
    }

    /** Whether it will not be tried again although it was never delivered. */
    public boolean gaveUp() {
        return !delivered() && nextAttemptMillis == NONE;
    }
}
