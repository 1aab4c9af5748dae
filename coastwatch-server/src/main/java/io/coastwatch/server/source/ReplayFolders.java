package io.coastwatch.server.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where file sources may be read: a file added through the API must lie in one of the configured
 * folders or their subfolders ({@code coastwatch.source-defaults.replay-folders}), judged on its real
 * path (links and {@code ..} resolved), so that an administrator's source cannot read whatever the
 * server's user can. Immutable and thread-safe.
 */
final class ReplayFolders {
    /** No confinement: the sources of the configuration file and the command line, written by whoever runs the server. */
    static final ReplayFolders ANYWHERE = new ReplayFolders(null);

    private final List<Path> folders;

    /** @param folders the folders files may be read in; {@code null} for anywhere */
    ReplayFolders(List<Path> folders) {
        this.folders = folders == null ? null : List.copyOf(folders);
    }

    /**
     * The real path of {@code file}, checked: a regular file, inside a folder when confined.
     *
     * @throws IOException whose message is the file's path and why it may not be read
     */
    Path check(Path file) throws IOException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException(file + ": not a regular file");
        }
        if (folders == null) {
            return real;
        }
        for (Path folder : realFolders()) {
            if (real.startsWith(folder)) {
                return real;
            }
        }
        throw new IOException(file + (folders.isEmpty()
                ? ": no replay folder is configured (coastwatch.source-defaults.replay-folders), so the API adds no file source"
                : ": not in a replay folder (coastwatch.source-defaults.replay-folders: " + folders + ")"));
    }

    /** The folders that exist, as real paths (a folder created or linked later counts from then on). */
    private List<Path> realFolders() {
        List<Path> real = new ArrayList<>();
        for (Path folder : folders) {
            try {
                real.add(folder.toRealPath());
            } catch (IOException missing) {
                // a folder that does not exist holds no file
            }
        }
        return real;
    }
}
