package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.security.keyvault.keys.KeyClient;
import com.azure.security.keyvault.keys.cryptography.CryptographyClient;
import com.azure.security.keyvault.keys.cryptography.models.UnwrapResult;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.keys.WrappedKey;
import com.cumulus.commerce.platform.keys.KeyDeletedException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the contracts do not show of the Key Vault adapters: the service's side of each call, and the settings. */
class KeyVaultAdaptersTest {

    private final FakeKeyVault vault = new FakeKeyVault();
    private final KeyVaultKeys keys = new KeyVaultKeys(vault.clients().keyClient(), vault.clients()::cryptographyClient,
            Duration.ofMillis(10));
    private final KeyVaultSecrets secrets = new KeyVaultSecrets(vault.clients().secretClient());

    @Test
    void aTokenlessCallGetsTheVaultsChallengeAndTheSdkGetsThroughWithItsCredentialsToken() throws Exception {
        var tokenless = vault.httpClient().send(new HttpRequest(HttpMethod.GET,
                FakeKeyVault.VAULT_URL + "/secrets/webhook-secret/?api-version=7.6")).block();

        assertThat(tokenless.getStatusCode()).isEqualTo(401);
        assertThat(tokenless.getHeaders().getValue(HttpHeaderName.WWW_AUTHENTICATE))
                .contains("resource=\"https://vault.azure.net\"");
        secrets.set("webhook-secret", "v1");
        assertThat(secrets.get("webhook-secret")).contains("v1");
    }

    @Test
    void keysAre3072BitRsaAndUnwrapHappensInTheVault() {
        var wrapped = keys.wrap("profile-pii", dataKey());

        assertThat(wrapped.bytes()).hasSize(384);
        keys.unwrap(wrapped);
        assertThat(vault.unwrapCalls.get()).isEqualTo(1);
    }

    @Test
    void deleteDeletesAndPurgesTheKey() {
        keys.wrap("user-42", dataKey());

        keys.delete("user-42");

        assertThat(vault.isPurged("user-42")).isTrue();
    }

    @Test
    void underPurgeProtectionADeletedKeyStaysShreddedAndItsNameCannotBeReusedYet() {
        vault.purgeProtection = true;
        var wrapped = keys.wrap("user-42", dataKey());

        keys.delete("user-42");

        assertThat(vault.isPurged("user-42")).isFalse();
        assertThatThrownBy(() -> keys.unwrap(wrapped)).isInstanceOf(KeyDeletedException.class);
        assertThatThrownBy(() -> keys.wrap("user-42", dataKey())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("user-42").hasMessageContaining("retention");
    }

    @Test
    void aDataKeyTooLongForTheKeyIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> keys.wrap("profile-pii", new byte[KeyVaultKeys.MAX_DATA_KEY_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dataKey'");
        assertThat(vault.requests.get()).isZero();
    }

    @Test
    void instancesCreatingTheSameRandomSecretAtOnceSettleOnTheFirstVersion() {
        vault.beforeFirstSecretVersion = () -> vault.putSecret("signing-key", "written-first-by-another-instance");

        String answered = secrets.getOrCreateRandom("signing-key");

        assertThat(answered).isEqualTo("written-first-by-another-instance");
        assertThat(secrets.get("signing-key")).contains("written-first-by-another-instance");
        assertThat(vault.secretVersions("signing-key")).isEqualTo(3);
    }

    @Test
    void cryptographyClientsAreKeptForTheMostRecentlyUsedKeyVersionsOnly() {
        var keyClient = mock(KeyClient.class);
        when(keyClient.getVaultUrl()).thenReturn(FakeKeyVault.VAULT_URL);
        var crypto = mock(CryptographyClient.class);
        when(crypto.unwrapKey(any(), any())).thenAnswer(i -> mock(UnwrapResult.class));
        var made = new AtomicInteger();
        var bounded = new KeyVaultKeys(keyClient, id -> {
            made.incrementAndGet();
            return crypto;
        }, Duration.ZERO);

        for (int user = 0; user <= KeyVaultKeys.MAX_CLIENTS; user++) {
            bounded.unwrap(new WrappedKey("user-" + user, "0123456789abcdef", KeyWrapping.RSA_OAEP_256, new byte[384]));
        }
        bounded.unwrap(new WrappedKey("user-" + KeyVaultKeys.MAX_CLIENTS, "0123456789abcdef",
                KeyWrapping.RSA_OAEP_256, new byte[384]));
        assertThat(made.get()).isEqualTo(KeyVaultKeys.MAX_CLIENTS + 1);

        bounded.unwrap(new WrappedKey("user-0", "0123456789abcdef", KeyWrapping.RSA_OAEP_256, new byte[384]));
        assertThat(made.get()).isEqualTo(KeyVaultKeys.MAX_CLIENTS + 2);
    }

    @Test
    void theVaultComesFromKeyVaultConnectionVaultUri() {
        var settings = AppSettings.of(Map.of("KeyVaultConnection__vaultUri", FakeKeyVault.VAULT_URL,
                "KeyVaultConnection__credential", "managedidentity"));

        assertThat(AzureAdapters.secrets(settings)).isInstanceOf(KeyVaultSecrets.class);
        assertThat(AzureAdapters.keys(settings)).isInstanceOf(KeyVaultKeys.class);
        assertThatThrownBy(() -> AzureAdapters.secrets(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'KeyVaultConnection__vaultUri'");
    }

    private static byte[] dataKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
