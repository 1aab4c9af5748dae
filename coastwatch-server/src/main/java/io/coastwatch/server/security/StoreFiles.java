package io.coastwatch.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Keeps the data directory to the server's own user: the directory {@code rwx------} and the files in it
 * ({@code coastwatch.db} and its WAL, which SQLite creates with the database's permissions; the demo's
 * password file) {@code rw-------}. The store holds password hashes, tokens' hashes and evidence. Does
 * nothing on a file system without POSIX permissions.
 */
final class StoreFiles {

    private StoreFiles() {
    }

    /** Restricts {@code dataDir} and the files directly in it, when it exists. */
    static void restrict(Path dataDir) {
        if (!Files.isDirectory(dataDir) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file)) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of the data directory " + dataDir, e);
        }
    }
}
