package org.otexplorer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output files written whole or not at all: the content goes to a temporary file beside the target, which is then
 * moved over it (atomically where the file system can), so a failure or a crash half-way leaves the old file, or
 * none, never a truncated one. Parent folders are created. A new file gets the permissions any new file gets there
 * (the user's umask), a replaced one keeps its own: the temporary file is not made owner-only.
 */
public final class AtomicFiles {
    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code file} whole or not at all.
     *
     * @throws UncheckedIOException naming the file when it cannot be written (a folder in the way, no permission,
     *                              a full disk); the target is then unchanged
     */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            String message = "cannot write " + file + ": it is a folder";
            throw new UncheckedIOException(message, new IOException(message));
        }
        Path tmp = null;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = temporarySibling(dir, target.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden beside the target; nothing the user made is lost
                }
            }
        }
    }

    /**
     * A new empty hidden file beside the target, created as any new file is (not {@code Files.createTempFile}, which
     * makes it readable by its owner only, and the written file with it).
     */
    private static Path temporarySibling(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 16) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions (where the file system has POSIX ones). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }
}
