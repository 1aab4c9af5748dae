package io.coastwatch.server.source;

import io.coastwatch.ais.AisDecoder;
import io.coastwatch.ais.AisMessageHandler;
import io.coastwatch.ais.DecodeCounters;
import io.coastwatch.ais.nmea.LineSplitter;
import io.coastwatch.engine.pipeline.Ingest;
import java.io.IOException;
import java.io.InputStream;

/**
 * One stream of lines (a connection, a file, the datagrams of a UDP socket): its splitter and decoder,
 * offering every decoded message to the engine. Used by one thread; its counters may be read, with a
 * lag, from any thread.
 */
final class LineChannel {
    private final LineSplitter splitter = new LineSplitter();
    private final AisDecoder decoder;
    private final SourceStats stats;
    private volatile long droppedByIngest;
    /** When the chunk of data being split arrived: the receive time of its lines (one clock read per read call). */
    private long chunkMillis;

    /**
     * @param sourceId the source's id, the reception's source when a line has no tag-block {@code s:}
     * @param ingest where decoded messages go
     * @param stats the source's statistics, which this channel joins until {@link #close()}
     * @param pacing called before each message is offered (a replay sleeps there), or {@code null}
     */
    LineChannel(String sourceId, Ingest ingest, SourceStats stats, AisMessageHandler pacing) {
        this.stats = stats;
        this.decoder = new AisDecoder(sourceId, (message, reception) -> {
            if (pacing != null) {
                pacing.onMessage(message, reception);
            }
            if (!ingest.offer(message, reception)) {
                droppedByIngest++;
            }
        });
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
        splitter.readAll(new java.io.ByteArrayInputStream(data, 0, length), this::decode);
    }

    private void decode(byte[] buffer, int offset, int length) {
        decoder.decode(buffer, offset, length, chunkMillis);
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

    /** Leaves the source's statistics, adding this channel's final counts to its totals. */
    void close() {
        stats.leave(this);
    }

    /** Notes the time each chunk of data arrives. */
    private final class StampingInput extends java.io.FilterInputStream {

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
