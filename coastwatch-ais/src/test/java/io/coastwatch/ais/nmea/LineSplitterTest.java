package io.coastwatch.ais.nmea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private static final int MIB = 1 << 20;

    /** The lines handed over, each shortened to 20 characters with its length (failures stay readable). */
    private static List<String> split(InputStream in, LineSplitter splitter) throws IOException {
        List<String> lines = new ArrayList<>();
        splitter.readAll(in, (buffer, offset, length) -> lines.add(length <= 20
                ? new String(buffer, offset, length, StandardCharsets.ISO_8859_1)
                : new String(buffer, offset, 20, StandardCharsets.ISO_8859_1) + "… (" + length + " bytes)"));
        return lines;
    }

    @Test
    void splitsOnEveryTerminatorAndHandsOverTheLastLine() throws IOException {
        List<String> lines = split(new ByteArrayInputStream("a\r\nb\nc\rd".getBytes(StandardCharsets.US_ASCII)),
                new LineSplitter());
        assertEquals(List.of("a", "b", "c", "d"), lines);
    }

    @Test
    void aLineOverOneMebibyteIsDiscardedWholeAndCountedOnce() throws IOException {
        byte[] huge = new byte[3 * MIB + 17];
        Arrays.fill(huge, (byte) 'x');
        byte[] tail = "\r\n!AIVDM,after\n".getBytes(StandardCharsets.US_ASCII);
        byte[] stream = new byte[4 + huge.length + tail.length];
        System.arraycopy("one\n".getBytes(StandardCharsets.US_ASCII), 0, stream, 0, 4);
        System.arraycopy(huge, 0, stream, 4, huge.length);
        System.arraycopy(tail, 0, stream, 4 + huge.length, tail.length);
        LineSplitter splitter = new LineSplitter();
        // Read in small pieces, as a socket delivers them: the line's end arrives long after its cut.
        List<String> lines = split(new SlowInput(stream, 1500), splitter);
        assertEquals(List.of("one", "!AIVDM,after"), lines, "neither the first mebibyte nor the tail is a line");
        assertEquals(1, splitter.oversizedLines());
    }

    @Test
    void anOversizedLastLineWithoutTerminatorIsDiscardedToo() throws IOException {
        byte[] huge = new byte[MIB + 1];
        Arrays.fill(huge, (byte) 'y');
        LineSplitter splitter = new LineSplitter();
        assertEquals(List.of(), split(new ByteArrayInputStream(huge), splitter));
        assertEquals(1, splitter.oversizedLines());
    }

    @Test
    void aLineOfExactlyTheLimitIsStillALine() throws IOException {
        byte[] line = new byte[MIB - 1];
        Arrays.fill(line, (byte) 'z');
        byte[] stream = Arrays.copyOf(line, MIB);
        stream[MIB - 1] = '\n';
        LineSplitter splitter = new LineSplitter();
        assertEquals(List.of("zzzzzzzzzzzzzzzzzzzz… (" + (MIB - 1) + " bytes)"),
                split(new ByteArrayInputStream(stream), splitter));
        assertEquals(0, splitter.oversizedLines());
    }

    /** Delivers at most {@code chunk} bytes a read. */
    private static final class SlowInput extends ByteArrayInputStream {
        private final int chunk;

        SlowInput(byte[] data, int chunk) {
            super(data);
            this.chunk = chunk;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
