package io.coastwatch.bench.traffic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file of synthetic AIS sentences for the whole-process comparisons.
 *
 * <p>Usage: {@code GenerateTraffic LINES FILE [SEED] [--tag-blocks]}. Writes at least LINES lines
 * (the last message is finished), deterministic for a seed.
 */
public final class GenerateTraffic {
    private GenerateTraffic() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateTraffic LINES FILE [SEED] [--tag-blocks]");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 1;
        boolean tagBlocks = args[args.length - 1].equals("--tag-blocks");
        TrafficMix traffic = new TrafficMix(seed, 20_000, tagBlocks, false);
        long[] written = {0};
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 20)) {
            while (written[0] < lines) {
                traffic.next(sentence -> {
                    try {
                        out.write(sentence);
                        out.write('\n');
                        written[0]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        System.err.println("wrote " + written[0] + " lines to " + file);
    }
}
