package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecodeCommandTest {
    private static final String POSITION = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new DecodeCommand(stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8)))
                .execute(args);
    }

    @Test
    void decodesPlainAndGzippedFilesInOrderWithStats() throws IOException {
        Path plain = Files.writeString(folder.resolve("a.nmea"), POSITION + "\n" + "garbage\n");
        Path gzipped = folder.resolve("b.nmea.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write((POSITION.replace("!AIVDM", "!ABVDM").replace("*4A", "*41") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(0, run("--stats", "--no-progress", plain.toString(), gzipped.toString()));
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), stdout.toString());
        assertTrue(lines.get(0).startsWith("{\"class\":\"AIS\",\"device\":\"" + plain + "\",\"type\":1"), lines.get(0));
        assertTrue(lines.get(1).contains("\"device\":\"" + gzipped + "\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"mmsi\":371798000"), lines.get(1));
        String stats = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(stats.contains("lines 3, messages 2, rejected 1"), stats);
        assertTrue(stats.contains("not_ais         1"), stats);
    }

    @Test
    void unscaledPrintsRawValues() throws IOException {
        Path file = Files.writeString(folder.resolve("a.nmea"), POSITION + "\n");
        assertEquals(0, run("--unscaled", file.toString()));
        String json = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"scaled\":false") && json.contains("\"lat\":29028980"), json);
    }

    @Test
    void aMissingFileIsAClearErrorNotAStackTrace() {
        assertEquals(1, run(folder.resolve("missing.nmea").toString()));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("cannot read"), stderr.toString());
        assertEquals(0, stdout.size());
    }

    @Test
    void aLineOverOneMebibyteIsDiscardedWholeAndCountedOnce() throws IOException {
        Path file = folder.resolve("long.nmea");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((POSITION + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] junk = new byte[1 << 20]; // cut here before the fix: the tail was the sentence below
            java.util.Arrays.fill(junk, (byte) '!');
            out.write(junk);
            out.write((POSITION + "\n" + POSITION + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(0, run("--stats", "--no-progress", file.toString()));
        assertEquals(2, stdout.toString(StandardCharsets.UTF_8).lines().count(), "the lines before and after");
        String stats = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(stats.contains("lines 3, messages 2, rejected 1,"), stats);
        assertTrue(stats.contains("oversized_line  1"), stats);
    }
}
