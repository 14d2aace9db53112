package com.cumulus.commerce.devhost;

import com.cumulus.commerce.platform.secrets.Secrets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves App Service Key Vault references in settings from the platform's secret store, as Azure does
 * before the app starts. The vault name is not checked: locally there is one embedded vault.
 */
final class KeyVaultReferences {

    private static final String PREFIX = "@Microsoft.KeyVault(";
    private static final Pattern SECRET_URI =
            Pattern.compile("https://[A-Za-z0-9-]+\\.vault\\.azure\\.net/secrets/([A-Za-z0-9-]+)(?:/[A-Za-z0-9]*)?/?");

    private KeyVaultReferences() {
    }

    static boolean isReference(String value) {
        return value != null && value.trim().startsWith(PREFIX);
    }

    /**
     * The settings with every reference replaced by its secret.
     *
     * @throws IllegalStateException naming every setting whose reference is malformed or whose secret is missing
     */
    static Map<String, String> resolve(Map<String, String> settings, Secrets secrets) {
        var resolved = new TreeMap<String, String>(settings);
        var problems = new ArrayList<String>();
        settings.forEach((name, value) -> {
            if (!isReference(value)) {
                return;
            }
            var secretName = secretName(value.trim());
            if (secretName.isEmpty()) {
                problems.add("setting '" + name + "' has a malformed Key Vault reference");
                return;
            }
            var secret = secrets.get(secretName.get());
            if (secret.isEmpty()) {
                problems.add("setting '" + name + "' refers to Key Vault secret '" + secretName.get()
                        + "', which does not exist");
                return;
            }
            resolved.put(name, secret.get());
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("unresolved Key Vault references:\n  " + String.join("\n  ", problems));
        }
        return resolved;
    }

    static Optional<String> secretName(String reference) {
        if (!reference.startsWith(PREFIX) || !reference.endsWith(")")) {
            return Optional.empty();
        }
        var body = reference.substring(PREFIX.length(), reference.length() - 1).trim();
        var attributes = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (var part : body.split(";")) {
            var eq = part.indexOf('=');
            if (eq > 0) {
                attributes.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        if (attributes.containsKey("SecretUri")) {
            var m = SECRET_URI.matcher(attributes.get("SecretUri"));
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }
        var secretName = attributes.get("SecretName");
        if (attributes.containsKey("VaultName") && secretName != null && !secretName.isBlank()) {
            return Optional.of(secretName);
        }
        return Optional.empty();
    }
}
