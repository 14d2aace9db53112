package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.keys.WrappedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.DriverManager;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKeyVaultTest {

    @TempDir
    Path dataDir;

    private final ManualClock clock = ManualClock.startingAt("2026-03-01T09:00:00Z");

    @Test
    void keysFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"), "POSIX file permissions");
        Path file = dataDir.resolve("keys.db");

        try (var vault = EmbeddedKeyVault.open(file, clock)) {
            vault.wrap("profile-pii", new byte[32]);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys.db-wal"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void rotationAddsVersionsAndDeleteRemovesEveryOne() {
        try (var vault = EmbeddedKeyVault.open(dataDir.resolve("keys.db"), clock)) {
            vault.wrap("user-42", new byte[32]);
            vault.rotate("user-42");
            vault.rotate("user-42");
            vault.wrap("user-43", new byte[32]);

            assertThat(vault.versions("user-42")).isEqualTo(3);

            vault.delete("user-42");

            assertThat(vault.versions("user-42")).isZero();
            assertThat(vault.versions("user-43")).isEqualTo(1);
        }
    }

    /** What Key Vault's RSA-OAEP-256 is: OAEP with SHA-256 for the label hash and for MGF1, on a 3072-bit key. */
    @Test
    void wrapsWithRsaOaepSha256AndMgf1Sha256OnA3072BitKey() throws Exception {
        byte[] dataKey = "0123456789abcdef0123456789abcdef".getBytes();
        Path file = dataDir.resolve("keys.db");
        WrappedKey wrapped;
        try (var vault = EmbeddedKeyVault.open(file, clock)) {
            wrapped = vault.wrap("profile-pii", dataKey);
        }
        byte[] encoded;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.prepareStatement("SELECT private_key FROM keys WHERE name = 'profile-pii'");
                var rs = st.executeQuery()) {
            rs.next();
            encoded = rs.getBytes(1);
        }
        var privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(encoded));
        var cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.DECRYPT_MODE, privateKey,
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));

        assertThat(privateKey.getModulus().bitLength()).isEqualTo(3072);
        assertThat(cipher.doFinal(wrapped.bytes())).isEqualTo(dataKey);
        assertThat(wrapped.keyVersion()).matches("[0-9a-f]{32}");
        assertThat(KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()))).isNotNull();
    }
}
