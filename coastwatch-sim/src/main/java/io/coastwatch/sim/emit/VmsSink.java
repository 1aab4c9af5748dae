package io.coastwatch.sim.emit;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where VMS reports go, a batch at a time. Used from the simulation thread only. */
public interface VmsSink extends Closeable {

    /** Delivers one batch (a JSON array). */
    void send(List<VmsLine> batch) throws IOException;
}
