package com.cumulus.commerce.systemtests.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.devhost.testing.DevHostProcess;
import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
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
 * storefront retries what was not acknowledged with the same Idempotency-Key, as a real one would; a checkout the
 * kill interrupted is taken over at once (the restarted devhost knows the process that held its key is gone), so
 * no retry is answered 409. Every order ends in a final state, nothing is oversold, nobody is charged twice, and
 * the ledger matches the confirmed orders.
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
        var settings = Map.of("CATALOG_SEED_DEMO", "false");
        var shop = new ShopClient(port);
        var checkouts = new ArrayList<Checkout>();
        var accepted = new ConcurrentHashMap<Integer, String>();
        int acceptedBeforeKill;
        int unfinishedAtKill;

        try (var first = ShopHost.childProcess(dataDir, port, settings, logs.resolve("first.log"))) {
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
        var inFlightRetries = new ArrayList<Integer>();
        int confirmed = 0;
        try (var second = ShopHost.childProcess(dataDir, port, settings, logs.resolve("second.log"))) {
            for (int i = 0; i < CHECKOUTS; i++) {
                if (!accepted.containsKey(i)) {
                    retry(shop, checkouts.get(i), accepted, i, inFlightRetries);
                }
            }
            assertThat(inFlightRetries).as("checkouts whose retry after the restart was answered 409").isEmpty();
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

        long confirmedSales = confirmed * PRICE;
        ShopHost.readLedger(dataDir, ledger -> {
            assertThat(ledger.totalNetSales()).isEqualTo(confirmedSales);
            assertThat(ledger.unbalancedEntries()).isZero();
            for (var orderId : accepted.values()) {
                assertThat(ledger.captureEntries(ShopClient.paymentIdOf(orderId))).isLessThanOrEqualTo(1);
            }
        });
    }

    /** One checkout attempt; false when devhost did not acknowledge it (killed, or not up). */
    private static boolean submit(ShopClient shop, Checkout checkout, Map<Integer, String> accepted, int index) {
        return attempt(shop, checkout, accepted, index) == 202;
    }

    /** One checkout attempt: its status, or 0 when devhost did not answer (killed, or not up). */
    private static int attempt(ShopClient shop, Checkout checkout, Map<Integer, String> accepted, int index) {
        try {
            var response = shop.checkout(checkout.user(), checkout.idempotencyKey(), checkout.cartId(),
                    checkout.paymentMethod());
            if (response.statusCode() == 202) {
                accepted.put(index, ShopClient.json(response).get("orderId").asText());
            }
            return response.statusCode();
        } catch (UncheckedIOException | IllegalStateException killed) {
            return 0;
        }
    }

    /**
     * Retries as a storefront does, until devhost acknowledges it; every 409 (the first attempt's key still
     * counted in flight) is noted in {@code inFlight}.
     */
    private static void retry(ShopClient shop, Checkout checkout, Map<Integer, String> accepted, int index,
            List<Integer> inFlight) {
        await("retry of checkout " + index).atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).pollInSameThread().until(() -> {
                    int status = attempt(shop, checkout, accepted, index);
                    if (status == 409) {
                        inFlight.add(index);
                    }
                    return status == 202;
                });
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
