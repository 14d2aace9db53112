package com.cumulus.commerce.systemtests.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 200 customers check out at once for the last 50 units of one SKU. Exactly 50 orders are confirmed, the other
 * 150 fail with their stock released, and no reader ever sees the stock below zero. The whole ledger's sales are
 * counted, so the class runs on a host no other class has sold anything on.
 */
@ShopTest(settings = "CATALOG_SEED_DEMO=false", freshHost = true)
class LastUnitsIT {

    private static final int BUYERS = 200;
    private static final int UNITS = 50;
    private static final long PRICE = 990;

    @Test
    void twoHundredCheckoutsForFiftyUnitsConfirmExactlyFifty(ShopHost host) throws Exception {
        var shop = host.client();
        shop.createProduct("LAST-50", PRICE, UNITS);
        var carts = new ArrayList<String>();
        for (int i = 0; i < BUYERS; i++) {
            carts.add(shop.cart(buyer(i), Map.of("LAST-50", 1)));
        }
        var lowest = new AtomicLong(Long.MAX_VALUE);
        var sampling = new AtomicBoolean(true);
        var sampler = new Thread(() -> {
            while (sampling.get()) {
                var stock = shop.stock("LAST-50");
                lowest.accumulateAndGet(Math.min(stock.get("onHand").asLong(), stock.get("available").asLong()),
                        Math::min);
            }
        }, "stock-sampler");
        sampler.start();

        var orders = new ConcurrentHashMap<String, String>();
        var pool = Executors.newFixedThreadPool(50);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            int buyer = i;
            sent.add(pool.submit(() -> {
                var response = shop.checkout(buyer(buyer), ShopClient.randomId(), carts.get(buyer), "pm_sim_approve");
                ShopClient.expect(response, 202);
                orders.put(ShopClient.json(response).get("orderId").asText(), buyer(buyer));
            }));
        }
        for (var future : sent) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        var statuses = new ConcurrentHashMap<String, Integer>();
        orders.forEach((orderId, user) -> statuses.merge(
                shop.awaitFinalOrder(user, orderId, Duration.ofMinutes(4)).get("status").asText(), 1, Integer::sum));
        sampling.set(false);
        sampler.join();

        assertThat(orders).hasSize(BUYERS);
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("CONFIRMED", UNITS, "FAILED", BUYERS - UNITS));
        var stock = shop.stock("LAST-50");
        assertThat(stock.get("onHand").asLong()).isZero();
        assertThat(stock.get("reserved").asLong()).isZero();
        assertThat(lowest.get()).as("lowest stock any reader saw").isGreaterThanOrEqualTo(0);
        assertThat(host.ledger().totalNetSales()).isEqualTo(UNITS * PRICE);
        assertThat(host.ledger().unbalancedEntries()).isZero();
    }

    private static String buyer(int i) {
        return i % 2 == 0 ? "alice" : "bob";
    }
}
