package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the player writes is readable by its owner and group only, whatever the umask. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void createsDirectoriesAndFilesWithoutWorldAccess() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");

        PrivateFiles.file(dir.resolve("state/logs/pulsewall.log"));

        assertThat(permissions(dir.resolve("state"))).isEqualTo("rwxr-x---");
        assertThat(permissions(dir.resolve("state/logs"))).isEqualTo("rwxr-x---");
        assertThat(permissions(dir.resolve("state/logs/pulsewall.log"))).isEqualTo("rw-r-----");
    }

    @Test
    void leavesExistingFilesAsTheyAre() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path mine = Files.writeString(dir.resolve("proof.ndjson"), "kept\n");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-------"));

        PrivateFiles.file(mine);

        assertThat(Files.readString(mine)).isEqualTo("kept\n");
        assertThat(permissions(mine)).isEqualTo("rw-------");
    }
}
