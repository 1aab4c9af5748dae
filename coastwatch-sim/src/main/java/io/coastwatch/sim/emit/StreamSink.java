package io.coastwatch.sim.emit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** NMEA lines to a stream or a file (gzip-compressed when its name ends in {@code .gz}); lines end in CR LF as NMEA 0183 says. */
public final class StreamSink implements NmeaSink {
    private final Writer out;

    /** Lines to {@code stream}, which {@link #close} closes. */
    public StreamSink(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.US_ASCII), 1 << 16);
    }

    /** Lines to a new file (replacing one that is there), gzip-compressed when the name ends in {@code .gz}. */
    public static StreamSink toFile(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return new StreamSink(stream);
    }

    @Override
    public void write(String line) throws IOException {
        out.write(line);
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
