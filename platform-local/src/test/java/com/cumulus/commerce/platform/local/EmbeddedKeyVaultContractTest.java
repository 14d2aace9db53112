package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.KeyWrappingContract;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import java.nio.file.Path;

class EmbeddedKeyVaultContractTest extends KeyWrappingContract {

    @Override
    protected KeyWrapping open(Path dataDir, Clock clock) {
        return EmbeddedKeyVault.open(dataDir.resolve("keys.db"), clock);
    }
}
