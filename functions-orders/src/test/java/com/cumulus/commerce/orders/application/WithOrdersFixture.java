package com.cumulus.commerce.orders.application;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@link OrdersFixture} in its own temporary folder for every test, closed after it; the use case tests
 * extend this rather than each repeating the same open and close.
 */
abstract class WithOrdersFixture {

    @TempDir
    Path dataDir;

    OrdersFixture fixture;

    @BeforeEach
    void openFixture() {
        fixture = new OrdersFixture(dataDir);
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }
}
