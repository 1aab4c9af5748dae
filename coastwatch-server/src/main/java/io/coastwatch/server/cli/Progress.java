package io.coastwatch.server.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal: bytes read of the total, lines and rate. */
final class Progress {
    private static final int WIDTH = 30;

    private final long totalBytes;
    private final PrintStream terminal;
    private final long startedNanos = System.nanoTime();
    private long bytesRead;

    Progress(long totalBytes, PrintStream terminal) {
        this.totalBytes = Math.max(1, totalBytes);
        this.terminal = terminal;
    }

    /** Wraps {@code in} so that the bytes read from it move the bar. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    bytesRead += read;
                }
                return read;
            }
        };
    }

    void show(long lines) {
        double fraction = Math.min(1.0, bytesRead / (double) totalBytes);
        int filled = (int) (fraction * WIDTH);
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        terminal.printf(Locale.ROOT, "\r[%s%s] %5.1f%%  %,d lines  %,.0f lines/s ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, lines, lines / Math.max(seconds, 1e-9));
        terminal.flush();
    }

    void finish() {
        terminal.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        terminal.flush();
    }
}
