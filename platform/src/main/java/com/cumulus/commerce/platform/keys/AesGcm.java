package com.cumulus.commerce.platform.keys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce and a 128-bit tag. A sealed message is {@code header || nonce ||
 * ciphertext+tag}; the header (which says what the message is) and the caller's associated data are both
 * authenticated, so changing either fails the tag. The header is self-delimiting, so header and associated
 * data cannot be shifted into each other.
 */
final class AesGcm {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    static byte[] newKey() {
        var key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] seal(byte[] key, byte[] header, byte[] plaintext, byte[] associatedData) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, header, associatedData);
            var out = ByteBuffer.allocate(header.length + NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            out.put(header).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext), out);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * The plaintext of {@code sealed}, whose first {@code headerLength} bytes are its header.
     *
     * @throws DecryptionFailedException when the tag does not verify
     */
    static byte[] open(byte[] key, byte[] sealed, int headerLength, byte[] associatedData) {
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("'ciphertext' is too short");
        }
        var header = java.util.Arrays.copyOfRange(sealed, 0, headerLength);
        var nonce = java.util.Arrays.copyOfRange(sealed, headerLength, headerLength + NONCE_BYTES);
        int body = headerLength + NONCE_BYTES;
        try {
            return cipher(Cipher.DECRYPT_MODE, key, nonce, header, associatedData)
                    .doFinal(sealed, body, sealed.length - body);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailedException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] header, byte[] associatedData)
            throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
