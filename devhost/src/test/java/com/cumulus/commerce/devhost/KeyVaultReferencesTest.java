package com.cumulus.commerce.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.secrets.Secrets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyVaultReferencesTest {

    private final Secrets secrets = new Secrets() {
        private final Map<String, String> values = new HashMap<>(Map.of("psp-webhook-secret", "s3cr3t-value"));

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void set(String name, String value) {
            values.put(name, value);
        }

        @Override
        public String getOrCreateRandom(String name) {
            return values.computeIfAbsent(name, n -> "random");
        }
    };

    @Test
    void secretUriReferenceResolvesWithOrWithoutVersion() {
        var resolved = KeyVaultReferences.resolve(Map.of(
                "A", "@Microsoft.KeyVault(SecretUri=https://shop-kv.vault.azure.net/secrets/psp-webhook-secret/)",
                "B", "@Microsoft.KeyVault(SecretUri=https://shop-kv.vault.azure.net/secrets/psp-webhook-secret/0a1b2c)",
                "PLAIN", "value"), secrets);

        assertThat(resolved).containsEntry("A", "s3cr3t-value").containsEntry("B", "s3cr3t-value")
                .containsEntry("PLAIN", "value");
    }

    @Test
    void vaultNameAndSecretNameReferenceResolves() {
        var resolved = KeyVaultReferences.resolve(
                Map.of("A", "@Microsoft.KeyVault(VaultName=shop-kv;SecretName=psp-webhook-secret)"), secrets);

        assertThat(resolved).containsEntry("A", "s3cr3t-value");
    }

    @Test
    void missingSecretsFailStartNamingEverySettingButNoValue() {
        var settings = Map.of(
                "MISSING", "@Microsoft.KeyVault(VaultName=shop-kv;SecretName=nope)",
                "MALFORMED", "@Microsoft.KeyVault(SecretUri=http://elsewhere/x)",
                "GOOD", "@Microsoft.KeyVault(VaultName=shop-kv;SecretName=psp-webhook-secret)");

        assertThatThrownBy(() -> KeyVaultReferences.resolve(settings, secrets))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'MISSING'").hasMessageContaining("'MALFORMED'")
                .hasMessageNotContaining("s3cr3t-value").hasMessageNotContaining("'GOOD'");
    }
}
