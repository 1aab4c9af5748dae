package io.coastwatch.ais.nmea;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (ended by LF, CR LF or CR) without making a string per line: each
 * line is handed over as a range of an internal buffer, valid during the callback only.
 *
 * <p>Not thread-safe; one splitter per stream.
 */
public final class LineSplitter {
    /** Receives each line, without its terminator. */
    @FunctionalInterface
    public interface LineHandler {
        void onLine(byte[] buffer, int offset, int length);
    }

    private static final int MAX_LINE = 1 << 20;

    private byte[] buffer;
    private int start;
    private int end;
    private long oversizedLines;
    /** Inside a line found too long: its bytes are skipped up to its terminator. */
    private boolean discarding;

    public LineSplitter() {
        this(1 << 16);
    }

    public LineSplitter(int bufferSize) {
        this.buffer = new byte[Math.max(256, bufferSize)];
    }

    /**
     * Reads {@code in} to its end, handing over every line. A last line without a terminator is
     * handed over too. A line longer than 1 MiB is discarded whole, up to its terminator, and counted
     * once in {@link #oversizedLines()} (as gpsd does: none of it is handed over).
     */
    public void readAll(InputStream in, LineHandler handler) throws IOException {
        int read;
        while ((read = in.read(buffer, end, buffer.length - end)) != -1) {
            feed(end, end + read, handler);
        }
        flush(handler);
    }

    /** Hands over the complete lines now in the buffer after bytes {@code [from, to)} arrived. */
    private void feed(int from, int to, LineHandler handler) {
        end = to;
        byte[] data = buffer;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '\n' || b == '\r') {
                if (discarding) {
                    discarding = false;
                } else if (i > start) {
                    handler.onLine(data, start, i - start);
                }
                start = i + 1;
            }
        }
        makeRoom();
    }

    private void makeRoom() {
        if (start == end) {
            start = 0;
            end = 0;
        } else if (end == buffer.length) {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            } else if (buffer.length < MAX_LINE) {
                buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
            } else {
                if (!discarding) {
                    oversizedLines++;
                    discarding = true;
                }
                start = 0;
                end = 0;
            }
        }
    }

    /** Hands over a last unterminated line, if any. */
    private void flush(LineHandler handler) {
        if (end > start && !discarding) {
            handler.onLine(buffer, start, end - start);
        }
        discarding = false;
        start = 0;
        end = 0;
    }

    /** Lines discarded because they were longer than the maximum. */
    public long oversizedLines() {
        return oversizedLines;
    }
}
