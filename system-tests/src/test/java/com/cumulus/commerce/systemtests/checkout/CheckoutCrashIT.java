package com.cumulus.commerce.systemtests.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.testing.DevHostProcess;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * devhost is killed with SIGKILL while 100 checkouts are under way, then restarted on the same data. The
 * storefront retries what was not acknowledged with the same Idempotency-Key, as a real one would. Every order
 * ends in a final state, nothing is oversold, nobody is charged twice, and the ledger matches the confirmed
 * orders.
 */
class CheckoutCrashIT {

    private static final int CHECKOUTS = 100;
    private static final int UNITS = 60;
    private static final long PRICE = 700;
    private static final String SKU = "CRASH-60";

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void everyOrderEndsFinalWithoutOversellOrDoubleChargeAfterAKill() throws Exception {
        int port = DevHostProcess.freePort();
        var settings = CheckoutSettings.forDataDir(dataDir);
        var shop = new ShopClient(port);
        var checkouts = new ArrayList<Checkout>();
        var accepted = new ConcurrentHashMap<Integer, String>();
        int acceptedBeforeKill;
        int unfinishedAtKill;

        try (var first = DevHostProcess.start(dataDir, port, settings, logs.resolve("first.log"))) {
            shop.createProduct(SKU, PRICE, UNITS);
            for (int i = 0; i < CHECKOUTS; i++) {
                String user = i % 2 == 0 ? "alice" : "bob";
                checkouts.add(new Checkout(user, ShopClient.randomId(), shop.cart(user, Map.of(SKU, 1)), method(i)));
            }
            var enoughAccepted = new CountDownLatch(CHECKOUTS * 2 / 5);
            ExecutorService pool = Executors.newFixedThreadPool(10);
            for (int i = 0; i < CHECKOUTS; i++) {
                int index = i;
                pool.submit(() -> {
                    if (submit(shop, checkouts.get(index), accepted, index)) {
                        enoughAccepted.countDown();
                    }
                });
            }
            assertThat(enoughAccepted.await(2, TimeUnit.MINUTES)).isTrue();
            acceptedBeforeKill = accepted.size();
            unfinishedAtKill = (int) accepted.entrySet().stream().filter(e -> !ShopClient.FINAL_STATES.contains(
                    shop.order(checkouts.get(e.getKey()).user(), e.getValue()).get("status").asText())).count();
            first.kill();
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        assertThat(acceptedBeforeKill).isLessThan(CHECKOUTS);
        assertThat(unfinishedAtKill).as("sagas in flight at the kill").isPositive();

        shop.forgetTokens();
        int confirmed = 0;
        try (var second = DevHostProcess.start(dataDir, port, settings, logs.resolve("second.log"))) {
            for (int i = 0; i < CHECKOUTS; i++) {
                if (!accepted.containsKey(i)) {
                    assertThat(retry(shop, checkouts.get(i), accepted, i)).as("retry of checkout " + i).isTrue();
                }
            }
            assertThat(accepted).hasSize(CHECKOUTS);
            var statuses = new HashMap<String, Integer>();
            for (var entry : accepted.entrySet()) {
                var order = shop.awaitFinalOrder(checkouts.get(entry.getKey()).user(), entry.getValue(),
                        Duration.ofMinutes(3));
                statuses.merge(order.get("status").asText(), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf("CONFIRMED", "FAILED");
            confirmed = statuses.getOrDefault("CONFIRMED", 0);
            var stock = shop.stock(SKU);
            assertThat(confirmed).isLessThanOrEqualTo(UNITS);
            assertThat(stock.get("onHand").asLong()).isEqualTo(UNITS - confirmed);
            assertThat(stock.get("reserved").asLong()).isZero();
        }

        try (var platform = Platforms.open(AppSettings.of(settings))) {
            var ledger = new LedgerBook(platform.ledger().dataSource());
            assertThat(ledger.totalNetSales()).isEqualTo(confirmed * PRICE);
            assertThat(ledger.unbalancedEntries()).isZero();
            for (var orderId : accepted.values()) {
                assertThat(ledger.captureEntries(ShopClient.paymentIdOf(orderId))).isLessThanOrEqualTo(1);
            }
        }
    }

    /** One checkout attempt; false when devhost did not acknowledge it (killed, or not up). */
    private static boolean submit(ShopClient shop, Checkout checkout, Map<Integer, String> accepted, int index) {
        try {
            var response = shop.checkout(checkout.user(), checkout.idempotencyKey(), checkout.cartId(),
                    checkout.paymentMethod());
            if (response.statusCode() != 202) {
                return false;
            }
            accepted.put(index, ShopClient.json(response).get("orderId").asText());
            return true;
        } catch (UncheckedIOException | IllegalStateException killed) {
            return false;
        }
    }

    /**
     * Retries as a storefront does: a 409 means the first attempt's record is still marked in flight (the kill
     * interrupted it) until its lease runs out, so wait and try again.
     */
    private static boolean retry(ShopClient shop, Checkout checkout, Map<Integer, String> accepted, int index)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (submit(shop, checkout, accepted, index)) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String method(int i) {
        return switch (i % 10) {
            case 0 -> "pm_sim_decline";
            case 1, 2 -> "pm_sim_pending_approve";
            default -> "pm_sim_approve";
        };
    }

    private record Checkout(String user, String idempotencyKey, String cartId, String paymentMethod) {
    }
}
