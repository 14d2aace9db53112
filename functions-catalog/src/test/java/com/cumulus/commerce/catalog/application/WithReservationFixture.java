package com.cumulus.commerce.catalog.application;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Reservation use case tests: a fresh local platform per test, closed after it. */
abstract class WithReservationFixture {

    @TempDir
    Path dataDir;

    ReservationFixture fixture;

    @BeforeEach
    void openFixture() {
        fixture = new ReservationFixture(dataDir);
    }

    @AfterEach
    void closeFixture() {
        fixture.close();
    }
}
