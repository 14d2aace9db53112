package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseReservationTest extends WithReservationFixture {

    @BeforeEach
    void stock() {
        fixture.stock("A-1", 5);
        fixture.stock("B-2", 3);
    }

    @Test
    void releaseDropsTheHoldsAndARepeatChangesNothing() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 3));

        var first = fixture.releaseReservation.release(order(1));
        var again = fixture.releaseReservation.release(order(1));

        assertThat(first).isInstanceOfSatisfying(ReservationResult.Current.class,
                current -> assertThat(current.reservation().status()).isEqualTo(ReservationStatus.RELEASED));
        assertThat(again).isEqualTo(first);
        assertThat(fixture.level("A-1").available()).isEqualTo(5);
        assertThat(fixture.level("B-2").available()).isEqualTo(3);
        assertThat(fixture.level("B-2").onHand()).isEqualTo(3);
    }

    @Test
    void releaseAfterCommitPutsUnitsBack() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 1));
        fixture.commitReservation.commit(order(1));

        fixture.releaseReservation.release(order(1));
        fixture.releaseReservation.release(order(1));

        assertThat(fixture.level("A-1").onHand()).isEqualTo(5);
        assertThat(fixture.level("B-2").onHand()).isEqualTo(3);
        assertThat(fixture.level("A-1").returns()).containsKey(order(1));
        assertThat(fixture.reservation(order(1)).status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void aReleaseAfterCommitThatStoppedHalfWayPutsEachUnitBackOnce() {
        fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 1));
        fixture.commitReservation.commit(order(1));
        var committed = fixture.reservations.find(order(1)).orElseThrow();
        // the first release wrote RELEASED and put A-1's units back, then died
        fixture.reservations.replace(committed.value().movedTo(ReservationStatus.RELEASED), committed.etag())
                .orElseThrow();
        var a = fixture.stockLevels.find(Sku.of("A-1")).orElseThrow();
        fixture.stockLevels.replace(a.value().putBack(order(1), 2, fixture.clock.now()).orElseThrow(), a.etag())
                .orElseThrow();

        fixture.releaseReservation.release(order(1));

        assertThat(fixture.level("A-1").onHand()).isEqualTo(5);
        assertThat(fixture.level("B-2").onHand()).isEqualTo(3);
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void releasingAnOrderWithoutReservationAnswersNone() {
        assertThat(fixture.releaseReservation.release(order(9))).isEqualTo(new ReservationResult.NoReservation(order(9)));
    }
}
