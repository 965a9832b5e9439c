package dev.involution.arena;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory (the H2 journal, the generated admin token) is the owner's only: created
 * {@code 0700} (an existing one is narrowed to that), and the files in it set to {@code 0600} once
 * the journal has created its own (H2 creates {@code arena.mv.db} with the process's umask).
 * Where the file system has no POSIX permissions nothing is changed.
 */
final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates the directory (and its parents) if missing, readable by its owner only. */
    static void prepare(Path dataDir) throws IOException {
        if (!posix(dataDir)) {
            Files.createDirectories(dataDir);
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            Files.createDirectories(dataDir);
        }
        restrict(dataDir, OWNER_DIRECTORY);
    }

    /** Sets every file directly in the directory to owner read and write only. */
    static void restrictFiles(Path dataDir) {
        if (!posix(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(Files::isRegularFile).forEach(file -> restrict(file, OWNER_FILE));
        } catch (IOException e) {
            log.warn("Could not list the data directory {} to restrict its files: {}", dataDir, e.getMessage());
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException | SecurityException e) {
            log.warn("Could not make {} readable by its owner only: {}", path, e.getMessage());
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
