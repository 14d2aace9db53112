package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.KeyWrappingContract;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import java.nio.file.Path;
import java.time.Duration;

/** The KeyWrapping contract on {@link KeyVaultKeys}, through the SDK, against a fake answering Key Vault's REST API. */
class KeyVaultKeysContractTest extends KeyWrappingContract {

    private final FakeKeyVault vault = new FakeKeyVault();

    @Override
    protected KeyWrapping open(Path dataDir, Clock clock) {
        var clients = vault.clients();
        return new KeyVaultKeys(clients.keyClient(), clients::cryptographyClient, Duration.ofMillis(10));
    }
}
