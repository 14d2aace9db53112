package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.KeyClientBuilder;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClientBuilder;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import com.cumulus.commerce.platform.config.AppSettings;

/**
 * The Key Vault SDK clients for one vault, named by {@code KeyVaultConnection__vaultUri} and reached with the
 * connection's credential (Key Vault takes no connection string). {@code httpClient} null means the SDK's own;
 * tests pass a fake that answers Key Vault's REST API.
 */
record KeyVaultClients(String vaultUrl, TokenCredential credential, HttpClient httpClient) {

    /** The connection whose {@code __vaultUri} names the vault, as Key Vault references in app settings do. */
    static final String CONNECTION = "KeyVaultConnection";

    static KeyVaultClients from(AppSettings settings) {
        var connection = ServiceConnection.named(settings, CONNECTION);
        String vaultUrl = connection.property("vaultUri").orElseThrow(() -> new IllegalStateException(
                "app setting '" + CONNECTION + "__vaultUri' is not set"));
        return new KeyVaultClients(vaultUrl, connection.credential(), null);
    }

    SecretClient secretClient() {
        var builder = new SecretClientBuilder().vaultUrl(vaultUrl).credential(credential);
        if (httpClient != null) {
            builder.httpClient(httpClient);
        }
        return builder.buildClient();
    }

    KeyClient keyClient() {
        var builder = new KeyClientBuilder().vaultUrl(vaultUrl).credential(credential);
        if (httpClient != null) {
            builder.httpClient(httpClient);
        }
        return builder.buildClient();
    }

    /** A client for one key version ({@code .../keys/<name>/<version>}): wraps with its public key, unwraps in the vault. */
    CryptographyClient cryptographyClient(String keyId) {
        var builder = new CryptographyClientBuilder().keyIdentifier(keyId).credential(credential);
        if (httpClient != null) {
            builder.httpClient(httpClient);
        }
        return builder.buildClient();
    }
}
