package com.cumulus.commerce.platform.keys;

/**
 * Key-encryption keys in a vault (Key Vault keys): data keys are wrapped and unwrapped inside the vault
 * with RSA-OAEP-256, so the key material never leaves it. Every key has versions; a wrap uses the newest,
 * an unwrap the version the wrapped key names, so data wrapped before a rotation still unwraps.
 */
public interface KeyWrapping {

    /** The algorithm every implementation wraps with, in Key Vault's spelling. */
    String RSA_OAEP_256 = "RSA-OAEP-256";

    /**
     * Wraps {@code dataKey} under the newest version of {@code keyName}, creating the key on first use.
     *
     * @throws IllegalArgumentException when the name is not 1 to 127 letters, digits or dashes, or the data key
     *     is empty or too long for the key to wrap
     */
    WrappedKey wrap(String keyName, byte[] dataKey);

    /**
     * The data key inside {@code wrapped}.
     *
     * @throws KeyDeletedException when the key version is not in the vault (deleted, or never created)
     * @throws IllegalArgumentException when the bytes were not wrapped by that key version
     */
    byte[] unwrap(WrappedKey wrapped);

    /** Adds a new version of {@code keyName} (creating the key if needed); older versions still unwrap. */
    void rotate(String keyName);

    /**
     * Deletes every version of {@code keyName}: whatever was wrapped by it can never be unwrapped again
     * (crypto-shredding). Deleting a key that does not exist does nothing.
     */
    void delete(String keyName);
}
