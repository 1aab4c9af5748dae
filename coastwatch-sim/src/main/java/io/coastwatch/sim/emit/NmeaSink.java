package io.coastwatch.sim.emit;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where NMEA lines go: a file, a TCP connection, TCP clients, UDP datagrams. Used from the
 * simulation thread only.
 */
public interface NmeaSink extends Closeable {

    /** Writes one line (without its line end). */
    void write(String line) throws IOException;

    /** Pushes out what is buffered (called when the simulation waits for the wall clock, and at the end). */
    void flush() throws IOException;
}
