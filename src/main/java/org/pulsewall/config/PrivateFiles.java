package org.pulsewall.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the player's files (proof of play, mention cache, logs) owner-read-write and
 * group-read only, whatever the process umask (docs/security.md): mention text and media names are
 * nobody else's business on a shared PC. On a file system without POSIX permissions the defaults apply.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-x---");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and its missing parents as {@code rwxr-x---}; existing ones are left alone. */
    public static Path directories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            directories(parent);
        }
        try {
            Files.createDirectory(absolute, posix(absolute) ? new FileAttribute<?>[] {attribute(DIRECTORY)}
                    : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another writer
        }
        return dir;
    }

    /** Creates {@code file} empty as {@code rw-r-----} when it does not exist yet. */
    public static void file(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            directories(parent);
        }
        try {
            Files.createFile(file, posix(parent) ? new FileAttribute<?>[] {attribute(FILE)} : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another writer
        }
    }

    private static boolean posix(Path near) {
        Path existing = near;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
