package io.coastwatch.server.source;

import io.coastwatch.ais.DecodeCounters;
import io.coastwatch.ais.RejectReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a source has done: lines, messages, rejections by reason, what it refused by policy
 * ({@link Refusal}), messages dropped because the engine's queue was full, connections, reconnects,
 * state, last data time, and the message rate over the last minute. Sums the channels now open with
 * the totals of those closed.
 *
 * <p>Thread-safe. Counters are written by the source's threads without locks and read with a lag;
 * {@link #sampleRate} is called once a second by the {@link SourceManager}.
 */
public final class SourceStats {
    private static final int RATE_WINDOW_SECONDS = 60;

    private final List<LineChannel> open = new ArrayList<>();
    private final Totals closed = new Totals();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    /** Refusals of connections and datagrams, counted by the source's threads (messages: by the channels). */
    private final Map<Refusal, AtomicLong> refusals = new EnumMap<>(Refusal.class);
    private volatile SourceState state = SourceState.STARTING;
    private volatile String lastError;
    private volatile String lastRefusal;
    private volatile long lastDataMillis = Long.MIN_VALUE;
    private final long[] messageSamples = new long[RATE_WINDOW_SECONDS + 1];
    private final long[] sampleMillis = new long[RATE_WINDOW_SECONDS + 1];
    private int samples;
    private int nextSample;

    /** Statistics from now: the rate counts from a first sample of no messages at creation. */
    SourceStats() {
        sampleMillis[0] = System.currentTimeMillis();
        samples = 1;
        nextSample = 1;
        for (Refusal refusal : Refusal.values()) {
            refusals.put(refusal, new AtomicLong());
        }
    }

    /**
     * A consistent copy of the counts.
     *
     * @param lines lines read, oversized ones included
     * @param refusedByReason what was refused by policy, every reason present
     */
    public record Snapshot(
            long lines,
            long messages,
            Map<RejectReason, Long> rejectedByReason,
            long oversizedLines,
            long droppedFragments,
            long droppedByIngest,
            Map<Refusal, Long> refusedByReason,
            long connections,
            long reconnects) {

        /** Lines rejected, all reasons together (oversized lines included). */
        public long rejected() {
            return rejectedByReason.values().stream().mapToLong(Long::longValue).sum() + oversizedLines;
        }
    }

    synchronized void join(LineChannel channel) {
        open.add(channel);
    }

    synchronized void leave(LineChannel channel) {
        if (open.remove(channel)) {
            closed.add(channel);
        }
    }

    /** The counts now. */
    public synchronized Snapshot snapshot() {
        Totals sum = new Totals();
        sum.addAll(closed);
        for (LineChannel channel : open) {
            sum.add(channel);
        }
        Map<Refusal, Long> refused = new EnumMap<>(Refusal.class);
        refusals.forEach((refusal, count) -> refused.put(refusal, count.get()));
        refused.merge(Refusal.IN_THE_FUTURE, sum.inTheFuture, Long::sum);
        return new Snapshot(sum.lines + sum.oversized, sum.messages, Map.copyOf(sum.byReason), sum.oversized,
                sum.droppedFragments, sum.droppedByIngest, Map.copyOf(refused), connections.get(), reconnects.get());
    }

    /** Records the messages count now, for the rate over the last minute. */
    synchronized void sampleRate(long nowMillis) {
        messageSamples[nextSample] = snapshot().messages();
        sampleMillis[nextSample] = nowMillis;
        nextSample = (nextSample + 1) % messageSamples.length;
        samples = Math.min(samples + 1, messageSamples.length);
    }

    /** Messages per second over the last minute (or since the source started, if less). */
    public synchronized double messagesPerSecond() {
        if (samples < 2) {
            return 0;
        }
        int newest = (nextSample - 1 + messageSamples.length) % messageSamples.length;
        int oldest = samples < messageSamples.length ? 0 : nextSample;
        long elapsedMillis = sampleMillis[newest] - sampleMillis[oldest];
        return elapsedMillis <= 0 ? 0 : (messageSamples[newest] - messageSamples[oldest]) * 1000.0 / elapsedMillis;
    }

    public SourceState state() {
        return state;
    }

    /** The last error (connection refused, port in use…), or {@code null}. */
    public String lastError() {
        return lastError;
    }

    /** What was last refused at the door and why (a peer not allowed …), or {@code null}. */
    public String lastRefusal() {
        return lastRefusal;
    }

    /** When data last arrived, UNIX ms, or {@link Long#MIN_VALUE} when never. */
    public long lastDataMillis() {
        return lastDataMillis;
    }

    void state(SourceState newState) {
        state = newState;
    }

    void failed(SourceState newState, String error) {
        lastError = error;
        state = newState;
    }

    void connected() {
        connections.incrementAndGet();
    }

    void reconnecting() {
        reconnects.incrementAndGet();
    }

    /** Counts a connection or datagram refused (a message refused is counted by its channel). */
    void refused(Refusal refusal) {
        refusals.get(refusal).incrementAndGet();
    }

    void noteRefusal(String what) {
        lastRefusal = what;
    }

    void dataArrived(long nowMillis) {
        lastDataMillis = nowMillis;
    }

    /** Running sums; guarded by the stats' lock. */
    private static final class Totals {
        long lines;
        long messages;
        long oversized;
        long droppedFragments;
        long droppedByIngest;
        long inTheFuture;
        final EnumMap<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

        Totals() {
            for (RejectReason reason : RejectReason.values()) {
                byReason.put(reason, 0L);
            }
        }

        void add(LineChannel channel) {
            DecodeCounters counters = channel.counters();
            lines += counters.lines();
            messages += counters.messages();
            oversized += channel.oversizedLines();
            droppedFragments += counters.droppedFragments();
            droppedByIngest += channel.droppedByIngest();
            inTheFuture += channel.refusedInTheFuture();
            for (RejectReason reason : RejectReason.values()) {
                byReason.merge(reason, counters.rejected(reason), Long::sum);
            }
        }

        void addAll(Totals other) {
            lines += other.lines;
            messages += other.messages;
            oversized += other.oversized;
            droppedFragments += other.droppedFragments;
            droppedByIngest += other.droppedByIngest;
            inTheFuture += other.inTheFuture;
            other.byReason.forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
        }
    }
}
