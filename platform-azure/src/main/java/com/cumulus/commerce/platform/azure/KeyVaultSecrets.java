package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.SecretProperties;
import com.cumulus.commerce.platform.secrets.Secrets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * {@link Secrets} on Key Vault secrets: a set adds a version, a get reads the newest. Key Vault has no
 * create-if-absent, so {@link #getOrCreateRandom} serialises first creations within the process and, across
 * instances, settles on the oldest version: an instance that finds an older version than its own sets that value
 * again as the newest, so every instance answers the same secret.
 */
final class KeyVaultSecrets implements Secrets {

    /** Key Vault's rule for object names. */
    static final Pattern NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretClient client;
    private final ConcurrentMap<String, Object> creating = new ConcurrentHashMap<>();

    KeyVaultSecrets(SecretClient client) {
        this.client = Objects.requireNonNull(client, "'client' must not be null");
    }

    @Override
    public Optional<String> get(String name) {
        requireName(name);
        try {
            return Optional.ofNullable(client.getSecret(name).getValue());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void set(String name, String value) {
        requireName(name);
        Objects.requireNonNull(value, "'value' must not be null");
        client.setSecret(name, value);
    }

    @Override
    public String getOrCreateRandom(String name) {
        requireName(name);
        synchronized (creating.computeIfAbsent(name, n -> new Object())) {
            var existing = get(name);
            if (existing.isPresent()) {
                return existing.get();
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String mine = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String myVersion = client.setSecret(name, mine).getProperties().getVersion();
            SecretProperties oldest = StreamSupport
                    .stream(client.listPropertiesOfSecretVersions(name).spliterator(), false)
                    .filter(p -> !Boolean.FALSE.equals(p.isEnabled()))
                    .min(Comparator.comparing(SecretProperties::getCreatedOn,
                                    Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
                            .thenComparing(SecretProperties::getVersion))
                    .orElse(null);
            if (oldest == null || oldest.getVersion().equals(myVersion)) {
                return mine;
            }
            String first = client.getSecret(name, oldest.getVersion()).getValue();
            client.setSecret(name, first);
            return first;
        }
    }

    /** Refuses a name Key Vault would refuse, naming the argument only (a value may follow it in the call). */
    static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'name' must be 1 to 127 letters, digits or dashes");
        }
    }
}
