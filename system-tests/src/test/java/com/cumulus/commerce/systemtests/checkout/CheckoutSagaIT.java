package com.cumulus.commerce.systemtests.checkout;

import static com.cumulus.commerce.systemtests.ShopClient.json;
import static com.cumulus.commerce.systemtests.ShopClient.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checkout end to end through devhost: the orders app, the outbox relay, the checkout-saga workflow, stock
 * reservations, the simulated PSP with its signed webhooks, and the ledger. Each test buys a SKU of its own.
 */
@ShopTest
class CheckoutSagaIT {

    private static final Duration SAGA_TIME = Duration.ofSeconds(60);
    private static final long PRICE = 1250;
    private static final AtomicInteger SKUS = new AtomicInteger();

    private static ShopHost host;
    private static ShopClient shop;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        shop = host.client();
    }

    @Test
    void happyPathConfirmsTheOrderWithStockAndLedgerRight() {
        String sku = product(10);

        String orderId = shop.placeOrder("alice", sku, 3, "pm_sim_approve");
        JsonNode order = shop.awaitFinalOrder("alice", orderId, SAGA_TIME);

        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("total").get("amount").asLong()).isEqualTo(3 * PRICE);
        assertStock(sku, 7, 0);
        assertThat(shop.payment(paymentIdOf(orderId)).get("status").asText()).isEqualTo("CAPTURED");
        assertThat(host.ledger().netSales(paymentIdOf(orderId))).isEqualTo(3 * PRICE);
        assertThat(host.ledger().captureEntries(paymentIdOf(orderId))).isEqualTo(1);
        assertThat(host.ledger().unbalancedEntries()).isZero();
    }

    @Test
    void aPendingPaymentConfirmedByTheWebhookConfirmsTheOrder() {
        String sku = product(5);

        String orderId = shop.placeOrder("alice", sku, 1, "pm_sim_pending_approve");

        assertThat(shop.awaitFinalOrder("alice", orderId, SAGA_TIME).get("status").asText()).isEqualTo("CONFIRMED");
        assertStock(sku, 4, 0);
        assertThat(host.ledger().netSales(paymentIdOf(orderId))).isEqualTo(PRICE);
    }

    @Test
    void aDeclineFailsTheOrderReleasesStockAndTakesNoMoney() {
        assertCompensated("pm_sim_decline", "payment declined");
    }

    @Test
    void aPendingPaymentDeclinedByWebhookFailsTheOrder() {
        assertCompensated("pm_sim_pending_decline", "payment declined: declined by the PSP");
    }

    @Test
    void aPspTimeoutFailsTheOrderReleasesStockAndVoidsThePayment() {
        // the status poll asks the PSP, which never completed the authorisation: declined, nothing to capture
        assertCompensated("pm_sim_timeout", "the PSP never completed the authorisation");
    }

    @Test
    void aFailingCaptureStepFailsTheOrderReleasesStockAndVoidsThePayment() {
        assertCompensated("pm_sim_capture_error", "payment capture failed");
    }

    @Test
    void duplicateWebhooksCaptureOnce() {
        String sku = product(5);

        String orderId = shop.placeOrder("bob", sku, 2, "pm_sim_duplicate_webhooks");

        assertThat(shop.awaitFinalOrder("bob", orderId, SAGA_TIME).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(host.ledger().captureEntries(paymentIdOf(orderId))).isEqualTo(1);
        assertThat(host.ledger().netSales(paymentIdOf(orderId))).isEqualTo(2 * PRICE);
        assertStock(sku, 3, 0);
    }

    @Test
    void outOfOrderWebhooksCaptureOnceAndNeverMoveThePaymentBack() {
        String sku = product(5);

        String orderId = shop.placeOrder("bob", sku, 1, "pm_sim_out_of_order_webhooks");

        assertThat(shop.awaitFinalOrder("bob", orderId, SAGA_TIME).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(host.ledger().captureEntries(paymentIdOf(orderId))).isEqualTo(1);
        // the late "payment.authorised" arrives after the capture; hold past the simulator's webhook delay
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> shop.payment(paymentIdOf(orderId)).get("status").asText(), "CAPTURED"::equals);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstResponse() {
        String sku = product(5);
        String cartId = shop.cart("alice", Map.of(sku, 1));
        String key = ShopClient.randomId();

        var first = shop.checkout("alice", key, cartId, "pm_sim_approve");
        var replay = shop.checkout("alice", key, cartId, "pm_sim_approve");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(json(replay).get("orderId")).isEqualTo(json(first).get("orderId"));
        String orderId = json(first).get("orderId").asText();
        assertThat(shop.awaitFinalOrder("alice", orderId, SAGA_TIME).get("status").asText()).isEqualTo("CONFIRMED");
        assertStock(sku, 4, 0);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String sku = product(5);
        String cartId = shop.cart("alice", Map.of(sku, 1));
        String key = ShopClient.randomId();
        assertThat(shop.checkout("alice", key, cartId, "pm_sim_approve").statusCode()).isEqualTo(202);

        var other = shop.checkout("alice", key, cartId, "pm_sim_decline");

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anotherCustomerCannotSeeOrCancelTheOrder() {
        String orderId = shop.placeOrder("alice", product(5), 1, "pm_sim_approve");

        assertThat(shop.get("/orders/" + orderId, shop.customer("bob")).statusCode()).isEqualTo(404);
        assertThat(shop.call("POST", "/orders/" + orderId + "/cancel", shop.customer("bob"), "{}", Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(shop.awaitFinalOrder("alice", orderId, SAGA_TIME).get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void theRunHistoryShowsEveryStepOfTheSaga() {
        String orderId = shop.placeOrder("alice", product(5), 1, "pm_sim_approve");
        shop.awaitFinalOrder("alice", orderId, SAGA_TIME);

        var saga = sagaRun(orderId);
        for (String step : List.of("Start_saga", "Saga/Reserve_stock", "Saga/Authorise_payment",
                "Saga/Capture_payment", "Saga/Commit_stock", "Saga/Confirm_order")) {
            assertThat(saga.path("actions").toString()).contains("\"" + step.substring(step.indexOf('/') + 1) + "\"");
        }
        assertThat(saga.get("status").asText()).isEqualTo("Succeeded");
        assertThat(stepStatus(saga, "Compensate")).isEqualTo("Skipped");
        assertThat(shop.get("/ops/workflows/checkout-saga/runs", null).statusCode()).isEqualTo(401);
        assertThat(shop.get("/ops/workflows/checkout-saga/runs", shop.customer("alice")).statusCode()).isEqualTo(403);
    }

    /** The saga's run for the order: the run triggered by its order-placed event, on any page of the history. */
    private static JsonNode sagaRun(String orderId) {
        String query = "?limit=100";
        do {
            var runs = json(ShopClient.expect(shop.get("/ops/workflows/checkout-saga/runs" + query, shop.operator()),
                    200));
            for (JsonNode run : runs.get("items")) {
                var detail = shop.workflowRun("checkout-saga", run.get("id").asText());
                var event = detail.toString();
                if (event.contains(orderId) && event.contains("commerce.orders.order-placed.v1")) {
                    return detail;
                }
            }
            query = runs.hasNonNull("continuationToken") ? "?limit=100&continuationToken="
                    + URLEncoder.encode(runs.get("continuationToken").asText(), StandardCharsets.UTF_8) : null;
        } while (query != null);
        throw new AssertionError("no checkout-saga run for " + orderId);
    }

    private void assertCompensated(String paymentMethod, String reason) {
        String sku = product(4);

        String orderId = shop.placeOrder("alice", sku, 2, paymentMethod);
        JsonNode order = shop.awaitFinalOrder("alice", orderId, SAGA_TIME);

        assertThat(order.get("status").asText()).as(order.toString()).isEqualTo("FAILED");
        assertThat(order.toString()).contains(reason);
        assertStock(sku, 4, 0);
        var payment = shop.get("/payments/" + paymentIdOf(orderId), shop.service(ShopClient.PAYMENTS_AUDIENCE));
        if (payment.statusCode() == 200) {
            assertThat(json(payment).get("status").asText()).isIn("VOIDED", "DECLINED");
        }
        assertThat(host.ledger().netSales(paymentIdOf(orderId))).isZero();
        assertThat(host.ledger().unbalancedEntries()).isZero();
        var saga = sagaRun(orderId);
        assertThat(saga.get("status").asText()).isEqualTo("Failed");
        for (String step : List.of("Release_stock", "Void_payment", "Fail_order")) {
            assertThat(stepStatus(saga, step)).as(step).isEqualTo("Succeeded");
        }
    }

    /** The status of an action anywhere in the run's action tree. */
    private static String stepStatus(JsonNode run, String name) {
        var found = run.findParents("name").stream().filter(node -> node.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no action " + name + " in " + run));
        return found.path("status").asText();
    }

    private void assertStock(String sku, long onHand, long reserved) {
        var stock = shop.stock(sku);
        assertThat(stock.get("onHand").asLong()).as(stock.toString()).isEqualTo(onHand);
        assertThat(stock.get("reserved").asLong()).as(stock.toString()).isEqualTo(reserved);
    }

    private static String product(long onHand) {
        String sku = "SAGA-" + SKUS.incrementAndGet();
        shop.createProduct(sku, PRICE, onHand);
        return sku;
    }

}
