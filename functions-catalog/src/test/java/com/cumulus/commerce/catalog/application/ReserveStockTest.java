package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.ReservationFixture.lines;
import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.adapters.CatalogAdapters;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.catalog.model.StockHold;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.http.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReserveStockTest extends WithReservationFixture {

    @Test
    void reservationHoldsEveryLineUntilTheTtlRunsOut() {
        fixture.stock("MUG-1", 5);
        fixture.stock("TIN-2", 3);

        var result = fixture.reserveStock.reserve(order(1), lines("TIN-2", 2, "MUG-1", 1));

        var expiresAt = Instant.parse("2026-11-24T12:15:00Z");
        assertThat(result).isInstanceOfSatisfying(ReservationResult.Current.class, current -> {
            assertThat(current.reservation().status()).isEqualTo(ReservationStatus.HELD);
            assertThat(current.reservation().expiresAt()).isEqualTo(expiresAt);
            assertThat(current.reservation().lines()).extracting(line -> line.sku()).containsExactly(Sku.of("MUG-1"), Sku.of("TIN-2"));
        });
        assertThat(fixture.level("MUG-1").holds()).containsEntry(order(1), new StockHold(1, expiresAt));
        assertThat(fixture.level("TIN-2").available()).isEqualTo(1);
        assertThat(fixture.level("TIN-2").onHand()).isEqualTo(3);
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void lastUnitGoesToExactlyOneBuyer() throws Exception {
        fixture.stock("LAST-1", 1);

        var results = reserveConcurrently(16, "LAST-1", null);

        assertThat(results.stream().filter(ReservationResult.Current.class::isInstance)).hasSize(1);
        assertThat(results.stream().filter(ReservationResult.Insufficient.class::isInstance)).hasSize(15);
        assertThat(fixture.level("LAST-1").holds()).hasSize(1);
        assertThat(fixture.level("LAST-1").available()).isZero();
    }

    @Test
    void twoHundredBuyersOfFiftyUnitsGetExactlyFifty() throws Exception {
        fixture.stock("HOT-1", 50);
        var lowestAvailable = new AtomicLong(Long.MAX_VALUE);

        var results = reserveConcurrently(200, "HOT-1", lowestAvailable);

        var held = results.stream().filter(ReservationResult.Current.class::isInstance).toList();
        assertThat(held).hasSize(50);
        assertThat(results.stream().filter(ReservationResult.Insufficient.class::isInstance)).hasSize(150);
        assertThat(lowestAvailable.get()).as("available as seen while buyers raced").isBetween(0L, 50L);
        var level = fixture.level("HOT-1");
        assertThat(level.onHand()).isEqualTo(50);
        assertThat(level.holds()).hasSize(50);
        assertThat(level.available()).isZero();
        for (int i = 0; i < 200; i++) {
            var status = fixture.reservation(order(i)).status();
            assertThat(status).isIn(ReservationStatus.HELD, ReservationStatus.RELEASED);
            assertThat(level.holds().containsKey(order(i))).isEqualTo(status == ReservationStatus.HELD);
        }
    }

    @Test
    void aRepeatedReserveHoldsOnce() {
        fixture.stock("MUG-1", 5);

        var first = fixture.reserveStock.reserve(order(1), lines("MUG-1", 2));
        var again = fixture.reserveStock.reserve(order(1), lines("MUG-1", 2));

        assertThat(again).isEqualTo(first);
        assertThat(fixture.level("MUG-1").reserved()).isEqualTo(2);
        assertThat(fixture.level("MUG-1").available()).isEqualTo(3);
    }

    @Test
    void insufficientSecondLineReleasesTheFirst() {
        fixture.stock("A-1", 5);
        fixture.stock("B-2", 1);

        var result = fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 3));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(order(1), Sku.of("B-2"), 3, 1));
        assertThat(fixture.level("A-1").holds()).isEmpty();
        assertThat(fixture.level("A-1").available()).isEqualTo(5);
        assertThat(fixture.level("B-2").holds()).isEmpty();
        assertThat(fixture.reservation(order(1)).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void anUnknownSkuIsInsufficientWithNothingAvailable() {
        fixture.stock("A-1", 5);

        var result = fixture.reserveStock.reserve(order(1), lines("A-1", 1, "NOPE-9", 1));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(order(1), Sku.of("NOPE-9"), 1, 0));
        assertThat(fixture.level("A-1").holds()).isEmpty();
    }

    @Test
    void aReleasedReservationCannotBeHeldAgain() {
        fixture.stock("A-1", 5);
        fixture.reserveStock.reserve(order(1), lines("A-1", 1));
        fixture.releaseReservation.release(order(1));

        var again = fixture.reserveStock.reserve(order(1), lines("A-1", 1));

        assertThat(again).isInstanceOfSatisfying(ReservationResult.Closed.class,
                closed -> assertThat(closed.reservation().status()).isEqualTo(ReservationStatus.RELEASED));
        assertThat(fixture.level("A-1").holds()).isEmpty();
    }

    @Test
    void aRepeatAfterACrashPlacesOnlyTheMissingHolds() {
        fixture.stock("A-1", 5);
        fixture.stock("B-2", 5);
        var expiresAt = Instant.parse("2026-11-24T12:15:00Z");
        // the first run wrote the reservation and the hold on A-1, then died
        fixture.reservations.create(Reservation.held(order(1), lines("A-1", 2, "B-2", 1), expiresAt)).orElseThrow();
        var a = fixture.stockLevels.find(Sku.of("A-1")).orElseThrow();
        fixture.stockLevels.replace(new StockLevel(Sku.of("A-1"), 5, Map.of(order(1), new StockHold(2, expiresAt)), Map.of()),
                a.etag()).orElseThrow();

        var result = fixture.reserveStock.reserve(order(1), lines("A-1", 2, "B-2", 1));

        assertThat(result).isInstanceOf(ReservationResult.Current.class);
        assertThat(fixture.level("A-1").reserved()).isEqualTo(2);
        assertThat(fixture.level("B-2").reserved()).isEqualTo(1);
        assertThat(fixture.reservation(order(1)).settled()).isTrue();
    }

    @Test
    void aHoldThatRanOutIsExpiredByTheRepeatInsteadOfAnswered() {
        fixture.stock("A-1", 5);
        fixture.reserveStock.reserve(order(1), lines("A-1", 1));
        fixture.clock.advance(ReservationFixture.TTL);

        var again = fixture.reserveStock.reserve(order(1), lines("A-1", 1));

        assertThat(again).isInstanceOfSatisfying(ReservationResult.Closed.class,
                closed -> assertThat(closed.reservation().status()).isEqualTo(ReservationStatus.EXPIRED));
        assertThat(fixture.level("A-1").holds()).isEmpty();
    }

    /** {@code buyers} orders of one unit each, started together; optionally watches the raw stock document meanwhile. */
    private List<ReservationResult> reserveConcurrently(int buyers, String sku, AtomicLong lowestAvailable)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(buyers + 1);
        try {
            var start = new CountDownLatch(1);
            var done = new AtomicBoolean();
            Future<?> watcher = pool.submit(() -> watch(sku, lowestAvailable, done));
            var futures = new ArrayList<Future<ReservationResult>>();
            for (int i = 0; i < buyers; i++) {
                var orderId = order(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return fixture.reserveStock.reserve(orderId, lines(sku, 1));
                }));
            }
            start.countDown();
            var results = new ArrayList<ReservationResult>();
            for (var future : futures) {
                results.add(future.get());
            }
            done.set(true);
            watcher.get();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the stored JSON, not the model (whose constructor would refuse a bad level), until {@code done}. */
    private Void watch(String sku, AtomicLong lowestAvailable, AtomicBoolean done) throws Exception {
        if (lowestAvailable == null) {
            return null;
        }
        var container = fixture.platform.documents().container(CatalogAdapters.STOCK);
        do {
            var json = Json.mapper().readTree(container.read(sku, sku).orElseThrow().json());
            long held = 0;
            for (var hold : json.path("holds")) {
                held += hold.path("quantity").asLong();
            }
            long available = json.path("onHand").asLong() - held;
            lowestAvailable.accumulateAndGet(available, Math::min);
        } while (!done.get());
        return null;
    }
}
