package com.cumulus.commerce.systemtests.checkout;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** devhost in this JVM on a platform the test holds, so a test can read the ledger the payments app writes. */
final class CheckoutHost implements AutoCloseable {

    private final Platform platform;
    private final DevHost host;
    private final ShopClient shop;

    private CheckoutHost(Platform platform, DevHost host) {
        this.platform = platform;
        this.host = host;
        this.shop = new ShopClient(host.port());
    }

    static CheckoutHost start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    static CheckoutHost start(Path dataDir, Map<String, String> extra) {
        var settings = new HashMap<>(CheckoutSettings.forDataDir(dataDir));
        settings.put("DEVHOST_PORT", "0");
        settings.putAll(extra);
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        var platform = Platforms.open(AppSettings.of(settings));
        try {
            return new CheckoutHost(platform, DevHost.start(repoRoot, settings, platform));
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    ShopClient shop() {
        return shop;
    }

    /** The stores devhost runs on, shared with this test. */
    Platform platform() {
        return platform;
    }

    LedgerBook ledger() {
        return new LedgerBook(platform.ledger().dataSource());
    }

    @Override
    public void close() {
        try {
            host.close();
        } finally {
            platform.close();
        }
    }
}
