package io.coastwatch.server.source;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.AisMessageHandler;
import io.coastwatch.ais.DecodeCounters;
import io.coastwatch.ais.Reception;
import io.coastwatch.ais.message.AisMessage;
import io.coastwatch.ais.nmea.LineSplitter;
import io.coastwatch.engine.pipeline.Ingest;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * One stream of lines (a connection, a file, the datagrams of a UDP socket): its splitter and decoder,
 * offering every decoded message to the engine through its source's lane. A channel that {@code waits}
 * holds its reader while the lane is full (a file waits; a TCP connection stops being read, so TCP
 * holds its sender back); one that does not drops and counts. A message stamped further ahead of its
 * receive time than {@code maxAheadMillis} is refused and counted. Used by one thread; its counters may
 * be read, with a lag, from any thread.
 */
final class LineChannel {
    private final LineSplitter splitter = new LineSplitter();
    private final AisDecoder decoder;
    private final Ingest.Lane lane;
    private final boolean waits;
    private final long maxAheadMillis;
    private final AisMessageHandler pacing;
    private final SourceStats stats;
    private volatile long droppedByIngest;
    private volatile long refusedInTheFuture;
    /** When the chunk of data being split arrived: the receive time of its lines (one clock read per read call). */
    private long chunkMillis;

    /**
     * Thrown out of reading when the reading thread is interrupted while it waits (for room in the
     * engine's queue, or a replay's pacing): its source is stopping.
     */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("source stopped", null, false, false);
        }
    }

    /**
     * @param sourceId the source's id, the reception's source when a line has no tag-block {@code s:}
     * @param lane where decoded messages go
     * @param waits whether to wait for room in the lane rather than drop
     * @param maxAheadMillis how far a tag-block time may be ahead of the receive time; {@link Long#MAX_VALUE}: any
     * @param stats the source's statistics, which this channel joins until {@link #close()}
     * @param pacing called before each message is offered (a replay sleeps there), or {@code null}
     */
    LineChannel(String sourceId, Ingest.Lane lane, boolean waits, long maxAheadMillis, SourceStats stats,
            AisMessageHandler pacing) {
        this.lane = lane;
        this.waits = waits;
        this.maxAheadMillis = maxAheadMillis;
        this.pacing = pacing;
        this.stats = stats;
        this.decoder = new AisDecoder(sourceId, this::offer);
        stats.join(this);
    }

    /** Reads {@code in} to its end (or until it throws), decoding every line. */
    void readAll(InputStream in) throws IOException {
        splitter.readAll(new StampingInput(in), this::decode);
    }

    /** Decodes the lines of one datagram. */
    void readDatagram(byte[] data, int length) throws IOException {
        chunkMillis = System.currentTimeMillis();
        stats.dataArrived(chunkMillis);
        splitter.readAll(new ByteArrayInputStream(data, 0, length), this::decode);
    }

    private void decode(byte[] buffer, int offset, int length) {
        decoder.decode(buffer, offset, length, chunkMillis);
    }

    private void offer(AisMessage message, Reception reception) {
        if (reception.hasTagBlockTime() && reception.eventTimeMillis() - chunkMillis > maxAheadMillis) {
            refusedInTheFuture++;
            return;
        }
        if (pacing != null) {
            pacing.onMessage(message, reception);
        }
        boolean taken;
        try {
            taken = waits ? lane.offer(message, reception, Long.MAX_VALUE, TimeUnit.NANOSECONDS)
                    : lane.offer(message, reception);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (!taken) {
            droppedByIngest++;
        }
    }

    DecodeCounters counters() {
        return decoder.counters();
    }

    long oversizedLines() {
        return splitter.oversizedLines();
    }

    long droppedByIngest() {
        return droppedByIngest;
    }

    long refusedInTheFuture() {
        return refusedInTheFuture;
    }

    /** Leaves the source's statistics, adding this channel's final counts to its totals. */
    void close() {
        stats.leave(this);
    }

    /** Notes the time each chunk of data arrives. */
    private final class StampingInput extends FilterInputStream {

        StampingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                chunkMillis = System.currentTimeMillis();
                stats.dataArrived(chunkMillis);
            }
            return n;
        }
    }
}
