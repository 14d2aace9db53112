package com.cumulus.commerce.systemtests.security;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * The security suites' view of the shop: every app and the seeded catalog, with a class's own settings given in
 * its own {@link ShopTest}. The fields are static because JUnit hands the host to {@code @BeforeAll}, once per
 * class; classes with the same settings share one host, one after another.
 */
@ShopTest
abstract class SecuritySuite {

    static ShopHost devhost;
    static ShopClient shop;
    static Path dataDir;

    @BeforeAll
    static void connect(ShopHost host) {
        devhost = host;
        shop = host.client();
        dataDir = host.dataDir();
    }
}
