package com.cumulus.commerce.platform.secrets;

import java.util.Optional;

/** A secret store (Key Vault secrets). Values never go to logs or error messages. */
public interface Secrets {

    Optional<String> get(String name);

    /** Sets a new version of the secret. */
    void set(String name, String value);

    /** The secret, generating and storing a random one (256 bits, base64url) the first time. */
    String getOrCreateRandom(String name);
}
