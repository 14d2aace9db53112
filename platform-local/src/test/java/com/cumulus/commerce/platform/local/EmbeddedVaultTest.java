package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cumulus.commerce.platform.contract.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedVaultTest {

    @TempDir
    Path dataDir;

    private final ManualClock clock = ManualClock.startingAt("2026-03-01T09:00:00Z");

    @Test
    void everyVersionIsKept() {
        try (var vault = EmbeddedVault.open(dataDir.resolve("vault.db"), clock)) {
            vault.set("webhook-secret", "one");
            vault.set("webhook-secret", "two");
            vault.getOrCreateRandom("webhook-secret");
            vault.set("webhook-secret", "three");

            assertThat(vault.versions("webhook-secret")).isEqualTo(3);
            assertThat(vault.versions("other")).isZero();
        }
    }

    @Test
    void vaultFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"), "POSIX file permissions");
        Path file = dataDir.resolve("vault.db");

        try (var vault = EmbeddedVault.open(file, clock)) {
            vault.set("webhook-secret", "one");

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("vault.db-wal"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void widenedPermissionsAreNarrowedOnOpen() throws Exception {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"), "POSIX file permissions");
        Path file = dataDir.resolve("vault.db");
        EmbeddedVault.open(file, clock).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        EmbeddedVault.open(file, clock).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
