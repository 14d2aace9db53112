package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.SecretsContract;
import com.cumulus.commerce.platform.secrets.Secrets;
import java.nio.file.Path;

/** The Secrets contract on {@link KeyVaultSecrets}, through the SDK, against a fake answering Key Vault's REST API. */
class KeyVaultSecretsContractTest extends SecretsContract {

    private final FakeKeyVault vault = new FakeKeyVault();

    @Override
    protected Secrets open(Path dataDir, Clock clock) {
        return new KeyVaultSecrets(vault.clients().secretClient());
    }
}
