package io.coastwatch.sim.emit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** VMS batches to a file, one JSON array per line (each line is what would have been posted). */
public final class FileVmsSink implements VmsSink {
    private final BufferedWriter out;

    public FileVmsSink(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void send(List<VmsLine> batch) throws IOException {
        out.write(VmsJson.array(batch));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
