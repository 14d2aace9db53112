package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.keys.KeyDeletedException;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.keys.WrappedKey;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Key Vault keys in a SQLite file readable by its owner only: an RSA-3072 key pair per key name and version,
 * wrapping with RSA-OAEP-256 (OAEP with SHA-256 and MGF1 SHA-256, as Key Vault's {@code RSA-OAEP-256}).
 * Versions are 32 hex digits like Key Vault's; the newest wraps, any unwraps what it wrapped. Delete removes
 * every version, so what they wrapped is gone for good. Keys never appear in exceptions or logs.
 */
final class EmbeddedKeyVault implements KeyWrapping, AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");
    private static final int KEY_BITS = 3072;
    /** OAEP with SHA-256 leaves the modulus length less two hashes and two bytes for the message. */
    private static final int MAX_DATA_KEY_BYTES = KEY_BITS / 8 - 2 * 32 - 2;
    private static final OAEPParameterSpec OAEP_SHA256 =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final SqliteDatabase db;
    private final Clock clock;

    private EmbeddedKeyVault(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static EmbeddedKeyVault open(Path file, Clock clock) {
        return OwnerOnlyFiles.openDatabase(file, clock, """
                CREATE TABLE IF NOT EXISTS keys (
                    name TEXT NOT NULL,
                    version TEXT NOT NULL,
                    ordinal INTEGER NOT NULL,
                    private_key BLOB NOT NULL,
                    public_key BLOB NOT NULL,
                    created TEXT NOT NULL,
                    PRIMARY KEY (name, version),
                    UNIQUE (name, ordinal)
                ) WITHOUT ROWID""", EmbeddedKeyVault::new);
    }

    @Override
    public WrappedKey wrap(String keyName, byte[] dataKey) {
        checkName(keyName);
        Objects.requireNonNull(dataKey, "'dataKey' must not be null");
        if (dataKey.length == 0 || dataKey.length > MAX_DATA_KEY_BYTES) {
            throw new IllegalArgumentException("'dataKey' must be 1 to " + MAX_DATA_KEY_BYTES + " bytes");
        }
        var newest = db.read(c -> newest(c, keyName)).orElseGet(() -> createFirstVersion(keyName));
        try {
            var cipher = oaep(Cipher.ENCRYPT_MODE, publicKey(newest.publicKey));
            return new WrappedKey(keyName, newest.version, RSA_OAEP_256, cipher.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP-256 wrap failed for key '" + keyName + "'", e);
        }
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped) {
        Objects.requireNonNull(wrapped, "'wrapped' must not be null");
        if (!RSA_OAEP_256.equals(wrapped.algorithm())) {
            throw new IllegalArgumentException("'wrapped' uses " + wrapped.algorithm() + ", not " + RSA_OAEP_256);
        }
        byte[] privateKey = db.read(c -> privateKey(c, wrapped.keyName(), wrapped.keyVersion()))
                .orElseThrow(() -> new KeyDeletedException(wrapped.keyName(), wrapped.keyVersion()));
        try {
            return oaep(Cipher.DECRYPT_MODE, privateKey(privateKey)).doFinal(wrapped.bytes());
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw new IllegalArgumentException("'wrapped' was not wrapped by key '" + wrapped.keyName()
                    + "' version '" + wrapped.keyVersion() + "'");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP-256 unwrap failed for key '" + wrapped.keyName() + "'", e);
        }
    }

    @Override
    public void rotate(String keyName) {
        checkName(keyName);
        var pair = generate();
        db.write(c -> {
            addVersion(c, keyName, pair);
            return null;
        });
    }

    @Override
    public void delete(String keyName) {
        checkName(keyName);
        db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM keys WHERE name = ?")) {
                st.setString(1, keyName);
                return st.executeUpdate();
            }
        });
    }

    /** How many versions of the key are kept. */
    int versions(String keyName) {
        checkName(keyName);
        return (int) db.count("SELECT count(*) FROM keys WHERE name = ?", keyName);
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * Generates outside the write lock (RSA key generation takes a good part of a second), then keeps whichever
     * first version committed first, so concurrent first wraps agree on one key.
     */
    private Version createFirstVersion(String keyName) {
        var pair = generate();
        return db.write(c -> {
            var existing = newest(c, keyName);
            if (existing.isPresent()) {
                return existing.get();
            }
            return addVersion(c, keyName, pair);
        });
    }

    private Version addVersion(Connection c, String keyName, KeyPair pair) throws SQLException {
        var version = HexFormat.of().formatHex(uuidBytes());
        var publicKey = pair.getPublic().getEncoded();
        try (var st = c.prepareStatement("""
                INSERT INTO keys (name, version, ordinal, private_key, public_key, created)
                SELECT ?, ?, coalesce(max(ordinal), 0) + 1, ?, ?, ? FROM keys WHERE name = ?""")) {
            st.setString(1, keyName);
            st.setString(2, version);
            st.setBytes(3, pair.getPrivate().getEncoded());
            st.setBytes(4, publicKey);
            st.setString(5, clock.now().toString());
            st.setString(6, keyName);
            st.executeUpdate();
        }
        return new Version(version, publicKey);
    }

    private static Optional<Version> newest(Connection c, String keyName) throws SQLException {
        try (var st = c.prepareStatement(
                "SELECT version, public_key FROM keys WHERE name = ? ORDER BY ordinal DESC LIMIT 1")) {
            st.setString(1, keyName);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Version(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    private static Optional<byte[]> privateKey(Connection c, String keyName, String version) throws SQLException {
        try (var st = c.prepareStatement("SELECT private_key FROM keys WHERE name = ? AND version = ?")) {
            st.setString(1, keyName);
            st.setString(2, version);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available in this JDK", e);
        }
    }

    private static Cipher oaep(int mode, Key key) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        cipher.init(mode, key, OAEP_SHA256);
        return cipher;
    }

    private static Key publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static Key privateKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    }

    private static byte[] uuidBytes() {
        var uuid = UUID.randomUUID();
        var bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return bytes.array();
    }

    private static void checkName(String keyName) {
        if (keyName == null || !NAME.matcher(keyName).matches()) {
            throw new IllegalArgumentException("'keyName' must be 1 to 127 letters, digits or dashes");
        }
    }

    private record Version(String version, byte[] publicKey) {
    }
}
