package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.model.ReservationStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCancelledOrderTest {

    @TempDir
    Path dataDir;

    private ReservationFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ReservationFixture(dataDir);
        fixture.stock("A-1", 5);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void cancelledOrderEventReleasesOnceEvenWhenDeliveredTwice() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2));
        fixture.commitReservation.commit(order(1));
        var event = new OrderCancelled("evt-1", order(1));

        assertThat(fixture.releaseCancelled.handle(event)).isTrue();
        assertThat(fixture.releaseCancelled.handle(event)).isFalse();

        assertThat(fixture.reservation(order(1)).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(fixture.level("A-1").onHand()).isEqualTo(5);
    }

    @Test
    void cancellingAnOrderThatReservedNothingIsHandled() {
        assertThat(fixture.releaseCancelled.handle(new OrderCancelled("evt-2", order(2)))).isTrue();
        assertThat(fixture.reservations.find(order(2))).isEmpty();
    }
}
