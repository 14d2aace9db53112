package com.cumulus.commerce.platform.keys;

/**
 * A ciphertext did not verify: it was changed, moved to another record (its associated data differs) or
 * encrypted under another data key. Nothing of the plaintext is returned.
 */
public class DecryptionFailedException extends RuntimeException {

    public DecryptionFailedException(Throwable cause) {
        super("the ciphertext does not verify: it was changed, belongs to another record or another key", cause);
    }
}
