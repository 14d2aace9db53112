package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitReservationTest extends WithReservationFixture {

    @BeforeEach
    void stock() {
        fixture.stock("A-1", 5);
        fixture.stock("B-2", 3);
    }

    @Test
    void commitTakesUnitsOffHandOnce() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 1));

        var first = fixture.commitReservation.commit(order(1));
        var again = fixture.commitReservation.commit(order(1));

        assertThat(first).isInstanceOfSatisfying(ReservationResult.Current.class,
                current -> assertThat(current.reservation().status()).isEqualTo(ReservationStatus.COMMITTED));
        assertThat(again).isEqualTo(first);
        assertThat(fixture.level("A-1").onHand()).isEqualTo(3);
        assertThat(fixture.level("A-1").holds()).isEmpty();
        assertThat(fixture.level("B-2").onHand()).isEqualTo(2);
        assertThat(fixture.level("B-2").available()).isEqualTo(2);
    }

    @Test
    void aCommitThatStoppedHalfWayIsFinishedByTheRepeat() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 1));
        var held = fixture.reservations.find(order(1)).orElseThrow();
        // the first run wrote COMMITTED and committed A-1, then died
        fixture.reservations.replace(held.value().movedTo(ReservationStatus.COMMITTED), held.etag()).orElseThrow();
        var a = fixture.stockLevels.find(Sku.of("A-1")).orElseThrow();
        fixture.stockLevels.replace(a.value().commit(order(1)).orElseThrow(), a.etag()).orElseThrow();

        var result = fixture.commitReservation.commit(order(1));

        assertThat(result).isInstanceOf(ReservationResult.Current.class);
        assertThat(fixture.level("A-1").onHand()).isEqualTo(3);
        assertThat(fixture.level("B-2").onHand()).isEqualTo(2);
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void aReleasedReservationCannotBeCommitted() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2));
        fixture.releaseReservation.release(order(1));

        assertThat(fixture.commitReservation.commit(order(1))).isInstanceOf(ReservationResult.Closed.class);
        assertThat(fixture.level("A-1").onHand()).isEqualTo(5);
    }

    @Test
    void aHoldThatRanOutIsExpiredRatherThanCommitted() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2));
        fixture.clock.advance(ReservationFixture.TTL.plusSeconds(1));

        var result = fixture.commitReservation.commit(order(1));

        assertThat(result).isInstanceOfSatisfying(ReservationResult.Closed.class,
                closed -> assertThat(closed.reservation().status()).isEqualTo(ReservationStatus.EXPIRED));
        assertThat(fixture.level("A-1").onHand()).isEqualTo(5);
        assertThat(fixture.level("A-1").holds()).isEmpty();
    }

    @Test
    void committingAnOrderWithoutReservationFindsNone() {
        assertThat(fixture.commitReservation.commit(order(7))).isEqualTo(new ReservationResult.NoReservation(order(7)));
    }
}
