package com.cumulus.commerce.platform.keys;

/**
 * The key version a wrapped key names is not in the vault: deleted (the data it protected is shredded) or
 * never created (HTTP 404 from Key Vault).
 */
public class KeyDeletedException extends RuntimeException {

    public KeyDeletedException(String keyName, String keyVersion) {
        super("key '" + keyName + "' version '" + keyVersion
                + "' is not in the vault (deleted, or never created): what it wrapped cannot be unwrapped");
    }
}
