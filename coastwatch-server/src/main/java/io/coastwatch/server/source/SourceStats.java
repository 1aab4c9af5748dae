package io.coastwatch.server.source;

import io.coastwatch.ais.DecodeCounters;
import io.coastwatch.ais.RejectReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a source has done: lines, messages, rejections by reason, messages dropped because the
 * engine's queue was full, connections, reconnects, state, last data time, and the message rate over
 * the last minute. Sums the channels now open with the totals of those closed.
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
    private volatile SourceState state = SourceState.STARTING;
    private volatile String lastError;
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
    }

    /** A consistent copy of the counts. */
    public record Snapshot(
            long lines,
            long messages,
            Map<RejectReason, Long> rejectedByReason,
            long oversizedLines,
            long droppedFragments,
            long droppedByIngest,
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
        return new Snapshot(sum.lines, sum.messages, Map.copyOf(sum.byReason), sum.oversized, sum.droppedFragments,
                sum.droppedByIngest, connections.get(), reconnects.get());
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
            other.byReason.forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
        }
    }
}
