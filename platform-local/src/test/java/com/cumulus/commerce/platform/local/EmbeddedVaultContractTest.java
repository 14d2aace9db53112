package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.SecretsContract;
import com.cumulus.commerce.platform.secrets.Secrets;
import java.nio.file.Path;

class EmbeddedVaultContractTest extends SecretsContract {

    @Override
    protected Secrets open(Path dataDir, Clock clock) {
        return EmbeddedVault.open(dataDir.resolve("vault.db"), clock);
    }
}
