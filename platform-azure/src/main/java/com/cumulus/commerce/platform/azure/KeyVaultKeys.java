package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.KeyWrapAlgorithm;
import com.azure.security.keyvault.keys.models.CreateRsaKeyOptions;
import com.azure.security.keyvault.keys.models.KeyOperation;
import com.azure.security.keyvault.keys.models.KeyVaultKey;
import com.cumulus.commerce.platform.keys.KeyDeletedException;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.keys.WrappedKey;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@link KeyWrapping} on Key Vault keys: RSA keys that may only wrap and unwrap, used through the SDK's
 * {@code CryptographyClient} with RSA-OAEP-256. A wrap reads the key's newest version first (so a key deleted by
 * another instance is never used again), then wraps with its public key; an unwrap goes to the vault for the
 * version the wrapped key names. Rotation is Key Vault's rotate operation; deletion deletes the key and then
 * purges it, so nothing it wrapped can be recovered. Where the vault has purge protection, the purge is refused and
 * the deleted key stays recoverable until its retention period ends; a key of the same name cannot be created
 * again before then.
 */
final class KeyVaultKeys implements KeyWrapping {

    static final int KEY_SIZE = 3072;
    /** RSA-OAEP with SHA-256 wraps at most the modulus length less two hashes and two bytes. */
    static final int MAX_DATA_KEY_BYTES = KEY_SIZE / 8 - 2 * 32 - 2;
    static final int MAX_CLIENTS = 256;
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z]{1,64}");

    private final KeyClient keys;
    private final Function<String, CryptographyClient> cryptography;
    private final Duration deletePollInterval;
    /** Clients by key version, the most recently used kept: one app may hold a key per user. */
    private final Map<String, CryptographyClient> byKeyId = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CryptographyClient> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    KeyVaultKeys(KeyClient keys, Function<String, CryptographyClient> cryptography, Duration deletePollInterval) {
        this.keys = Objects.requireNonNull(keys, "'keys' must not be null");
        this.cryptography = Objects.requireNonNull(cryptography, "'cryptography' must not be null");
        this.deletePollInterval = Objects.requireNonNull(deletePollInterval, "'deletePollInterval' must not be null");
    }

    @Override
    public WrappedKey wrap(String keyName, byte[] dataKey) {
        requireKeyName(keyName);
        Objects.requireNonNull(dataKey, "'dataKey' must not be null");
        if (dataKey.length == 0 || dataKey.length > MAX_DATA_KEY_BYTES) {
            throw new IllegalArgumentException("'dataKey' must be 1 to " + MAX_DATA_KEY_BYTES + " bytes");
        }
        KeyVaultKey key = newest(keyName);
        byte[] wrapped = client(key.getId()).wrapKey(KeyWrapAlgorithm.RSA_OAEP_256, dataKey).getEncryptedKey();
        return new WrappedKey(keyName, key.getProperties().getVersion(), RSA_OAEP_256, wrapped);
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped) {
        Objects.requireNonNull(wrapped, "'wrapped' must not be null");
        requireKeyName(wrapped.keyName());
        if (!RSA_OAEP_256.equals(wrapped.algorithm())) {
            throw new IllegalArgumentException("'wrapped' was not wrapped with " + RSA_OAEP_256);
        }
        if (!VERSION.matcher(wrapped.keyVersion()).matches()) {
            throw new KeyDeletedException(wrapped.keyName(), wrapped.keyVersion());
        }
        String keyId = stripSlash(keys.getVaultUrl()) + "/keys/" + wrapped.keyName() + "/" + wrapped.keyVersion();
        try {
            return client(keyId).unwrapKey(KeyWrapAlgorithm.RSA_OAEP_256, wrapped.bytes()).getKey();
        } catch (ResourceNotFoundException e) {
            byKeyId.remove(keyId);
            throw new KeyDeletedException(wrapped.keyName(), wrapped.keyVersion());
        } catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 400) {
                throw new IllegalArgumentException("'wrapped' was not wrapped by key '" + wrapped.keyName()
                        + "' version '" + wrapped.keyVersion() + "'");
            }
            throw e;
        }
    }

    @Override
    public void rotate(String keyName) {
        requireKeyName(keyName);
        try {
            keys.rotateKey(keyName);
        } catch (ResourceNotFoundException e) {
            create(keyName);
        }
    }

    @Override
    public void delete(String keyName) {
        requireKeyName(keyName);
        try {
            var poller = keys.beginDeleteKey(keyName);
            poller.setPollInterval(deletePollInterval);
            poller.waitForCompletion();
        } catch (ResourceNotFoundException e) {
            return;
        }
        synchronized (byKeyId) {
            byKeyId.keySet().removeIf(id -> id.contains("/keys/" + keyName + "/"));
        }
        try {
            keys.purgeDeletedKey(keyName);
        } catch (HttpResponseException e) {
            // purge protection (or no purge permission): the key stays deleted, recoverable until its retention ends
        }
    }

    private KeyVaultKey newest(String keyName) {
        try {
            return keys.getKey(keyName);
        } catch (ResourceNotFoundException e) {
            return create(keyName);
        }
    }

    private KeyVaultKey create(String keyName) {
        try {
            return keys.createRsaKey(new CreateRsaKeyOptions(keyName).setKeySize(KEY_SIZE)
                    .setKeyOperations(KeyOperation.WRAP_KEY, KeyOperation.UNWRAP_KEY));
        } catch (HttpResponseException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 409) {
                throw new IllegalStateException("key '" + keyName + "' was deleted and the vault keeps it until its"
                        + " retention period ends (purge protection): no key of that name can be created before", e);
            }
            throw e;
        }
    }

    private CryptographyClient client(String keyId) {
        return byKeyId.computeIfAbsent(keyId, cryptography);
    }

    private static void requireKeyName(String keyName) {
        if (keyName == null || !KeyVaultSecrets.NAME.matcher(keyName).matches()) {
            throw new IllegalArgumentException("'keyName' must be 1 to 127 letters, digits or dashes");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
