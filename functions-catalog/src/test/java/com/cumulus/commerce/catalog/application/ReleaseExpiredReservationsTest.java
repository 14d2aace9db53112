package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.model.ReservationStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseExpiredReservationsTest extends WithReservationFixture {

    @BeforeEach
    void stock() {
        fixture.stock("A-1", 5);
    }

    @Test
    void expiredHoldsAreReleasedByTheSweep() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2));
        fixture.clock.advance(Duration.ofMinutes(10));
        fixture.reserveStock.reserve(order(2), lines("A-1", 1));
        fixture.reserveStock.reserve(order(3), lines("A-1", 1));
        fixture.commitReservation.commit(order(3));
        fixture.clock.advance(Duration.ofMinutes(5));

        assertThat(fixture.releaseExpired.sweep()).isEqualTo(1);

        assertThat(fixture.reservation(order(1)).status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(fixture.reservation(order(2)).status()).isEqualTo(ReservationStatus.HELD);
        assertThat(fixture.reservation(order(3)).status()).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(fixture.level("A-1").holds()).containsOnlyKeys(order(2));
        assertThat(fixture.level("A-1").onHand()).isEqualTo(4);

        fixture.clock.advance(Duration.ofMinutes(10));
        assertThat(fixture.releaseExpired.sweep()).isEqualTo(1);
        assertThat(fixture.releaseExpired.sweep()).isZero();
        assertThat(fixture.level("A-1").holds()).isEmpty();
        assertThat(fixture.level("A-1").available()).isEqualTo(4);
    }

    @Test
    void theSweepFinishesStockWorkACrashLeftUndone() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2));
        var held = fixture.reservations.find(order(1)).orElseThrow();
        // a release wrote RELEASED and died before touching the stock
        fixture.reservations.replace(held.value().movedTo(ReservationStatus.RELEASED), held.etag()).orElseThrow();

        assertThat(fixture.releaseExpired.sweep()).isZero();

        assertThat(fixture.level("A-1").holds()).isEmpty();
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void manyExpiredReservationsAreAllSweptInOneRun() {
        fixture.stock("B-2", 500);
        for (int i = 0; i < 250; i++) {
            fixture.reserveStock.reserve(order(i), lines("B-2", 1));
        }
        fixture.clock.advance(ReservationFixture.TTL);

        assertThat(fixture.releaseExpired.sweep()).isEqualTo(250);
        assertThat(fixture.level("B-2").holds()).isEmpty();
    }
}
