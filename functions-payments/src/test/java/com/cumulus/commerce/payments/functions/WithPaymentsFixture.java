package com.cumulus.commerce.payments.functions;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Payments function tests: a fresh local platform and simulated PSP per test, closed after it. */
abstract class WithPaymentsFixture {

    @TempDir
    Path dataDir;

    PaymentsFixture fixture;

    @BeforeEach
    void startFixture() {
        fixture = new PaymentsFixture(dataDir);
    }

    @AfterEach
    void stopFixture() {
        fixture.close();
    }
}
