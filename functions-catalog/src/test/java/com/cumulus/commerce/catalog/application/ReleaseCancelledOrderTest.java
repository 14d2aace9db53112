package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.model.ReservationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseCancelledOrderTest extends WithReservationFixture {

    @BeforeEach
    void stock() {
        fixture.stock("A-1", 5);
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
