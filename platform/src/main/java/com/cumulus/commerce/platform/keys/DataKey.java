package com.cumulus.commerce.platform.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An AES-256 data key in the clear, with its wrapped form to store. Profiles keep one per user: the wrapped
 * form beside the user's data, the clear key only in memory while it is used. {@link #close()} wipes the key.
 *
 * <p>A ciphertext from {@link #encrypt} is base64url of a format byte, the nonce and the ciphertext with its
 * tag; it does not carry the key, which the caller stores once.
 */
public final class DataKey implements AutoCloseable {

    private static final byte FORMAT = 2;
    private static final byte[] HEADER = {FORMAT};

    private final byte[] key;
    private final WrappedKey wrapped;
    private volatile boolean closed;

    DataKey(byte[] key, WrappedKey wrapped) {
        if (key.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("'key' must be " + AesGcm.KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.wrapped = Objects.requireNonNull(wrapped, "'wrapped' must not be null");
    }

    public WrappedKey wrapped() {
        return wrapped;
    }

    /** Encrypts {@code plaintext}, binding it to {@code associatedData} (e.g. the record id; null for none). */
    public String encrypt(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "'plaintext' must not be null");
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(AesGcm.seal(key(), HEADER, plaintext, orEmpty(associatedData)));
    }

    public String encrypt(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "'plaintext' must not be null");
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), utf8(associatedData));
    }

    /**
     * The plaintext of what {@link #encrypt} returned for the same associated data.
     *
     * @throws DecryptionFailedException when the ciphertext was changed, or was made with another key or
     *     associated data
     * @throws IllegalArgumentException when {@code ciphertext} is not a data-key ciphertext at all
     */
    public byte[] decrypt(String ciphertext, byte[] associatedData) {
        var sealed = EnvelopeEncryption.decodeBase64(ciphertext, "ciphertext");
        if (sealed.length == 0 || sealed[0] != FORMAT) {
            throw new IllegalArgumentException("'ciphertext' is not a data-key ciphertext"
                    + (sealed.length > 0 && sealed[0] == EnvelopeEncryption.FORMAT
                            ? " (it is an envelope: decrypt it with EnvelopeEncryption)" : ""));
        }
        return AesGcm.open(key(), sealed, HEADER.length, orEmpty(associatedData));
    }

    public String decryptString(String ciphertext, String associatedData) {
        return new String(decrypt(ciphertext, utf8(associatedData)), StandardCharsets.UTF_8);
    }

    /** Wipes the key from memory; the data key cannot be used afterwards. */
    @Override
    public void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public String toString() {
        return "DataKey[wrapped by " + wrapped.keyName() + " version " + wrapped.keyVersion() + "]";
    }

    byte[] key() {
        if (closed) {
            throw new IllegalStateException("this data key was closed");
        }
        return key;
    }

    static byte[] orEmpty(byte[] associatedData) {
        return associatedData == null ? new byte[0] : associatedData;
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
