package com.cumulus.commerce.platform.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Envelope encryption: data under AES-256-GCM with a data key of its own, the data key wrapped by a vault
 * key through {@link KeyWrapping}. Deleting the vault key makes every envelope under it unreadable.
 *
 * <p>An envelope is base64url of: a format byte (1), the wrapped key (its own format byte, then key name,
 * version and algorithm with a one-byte length each, the wrapped bytes with a two-byte length), a 96-bit
 * nonce, then the ciphertext and its 128-bit tag. Everything before the nonce is authenticated with the
 * caller's associated data.
 *
 * <p>Where one data key serves many values (a profile keeps one per user), take a {@link DataKey} from
 * {@link #newDataKey()} or {@link #unwrap(WrappedKey)} and encrypt with it.
 */
public final class EnvelopeEncryption {

    static final byte FORMAT = 1;

    private final KeyWrapping keys;
    private final String keyName;

    /** Envelopes whose data keys are wrapped by {@code keyName} in {@code keys}. */
    public EnvelopeEncryption(KeyWrapping keys, String keyName) {
        this.keys = Objects.requireNonNull(keys, "'keys' must not be null");
        if (keyName == null || keyName.isBlank()) {
            throw new IllegalArgumentException("'keyName' must not be blank");
        }
        this.keyName = keyName;
    }

    /** Encrypts {@code plaintext} under a fresh data key, bound to {@code associatedData} (null for none). */
    public String encrypt(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "'plaintext' must not be null");
        var key = AesGcm.newKey();
        try {
            var wrapped = keys.wrap(keyName, key);
            var wrappedBytes = wrapped.toBinary();
            var header = ByteBuffer.allocate(1 + wrappedBytes.length).put(FORMAT).put(wrappedBytes).array();
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(AesGcm.seal(key, header, plaintext, DataKey.orEmpty(associatedData)));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public String encrypt(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "'plaintext' must not be null");
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), DataKey.utf8(associatedData));
    }

    /**
     * The plaintext of an envelope, given the associated data it was encrypted with.
     *
     * @throws DecryptionFailedException when the envelope was changed or the associated data differs
     * @throws KeyDeletedException when the vault key that wrapped its data key was deleted
     * @throws IllegalArgumentException when {@code envelope} is not an envelope
     */
    public byte[] decrypt(String envelope, byte[] associatedData) {
        var sealed = decodeBase64(envelope, "envelope");
        var in = ByteBuffer.wrap(sealed);
        WrappedKey wrapped;
        try {
            if (in.get() != FORMAT) {
                throw new IllegalArgumentException("'envelope' is not an envelope");
            }
            wrapped = WrappedKey.readFrom(in);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'envelope' is not an envelope", e);
        }
        var key = keys.unwrap(wrapped);
        try {
            return AesGcm.open(key, sealed, in.position(), DataKey.orEmpty(associatedData));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public String decryptString(String envelope, String associatedData) {
        return new String(decrypt(envelope, DataKey.utf8(associatedData)), StandardCharsets.UTF_8);
    }

    /** A fresh data key, wrapped by this instance's vault key; store {@link DataKey#wrapped()}. */
    public DataKey newDataKey() {
        var key = AesGcm.newKey();
        try {
            return new DataKey(key, keys.wrap(keyName, key));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The data key a stored wrapped key holds (it may name an older version of the vault key, or another key). */
    public DataKey unwrap(WrappedKey wrapped) {
        Objects.requireNonNull(wrapped, "'wrapped' must not be null");
        var key = keys.unwrap(wrapped);
        try {
            return new DataKey(key, wrapped);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static byte[] decodeBase64(String text, String argument) {
        Objects.requireNonNull(text, "'" + argument + "' must not be null");
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + argument + "' is not base64url", e);
        }
    }
}
