package com.cumulus.commerce.systemtests.checkout;

import static com.cumulus.commerce.systemtests.checkout.ShopClient.json;
import static com.cumulus.commerce.systemtests.checkout.ShopClient.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refunds after a confirmed checkout: small ones at once, large ones through the refund-approval workflow,
 * which waits for an operator's decision; a full refund moves the order to REFUNDED through the payment events.
 */
class RefundApprovalIT {

    private static final long PRICE = 12_000;

    @TempDir
    static Path dataDir;

    private static CheckoutHost host;
    private static ShopClient shop;

    @BeforeAll
    static void start() {
        host = CheckoutHost.start(dataDir);
        shop = host.shop();
        shop.createProduct("REFUND-1", PRICE, 10);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aLargeRefundWaitsForTheOperatorThenTheWorkflowExecutesIt() {
        String orderId = confirmedOrder();
        String paymentId = paymentIdOf(orderId);

        var requested = refund(paymentId, 11_000);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String refundId = json(requested).get("refundId").asText();
        sleep(2500);
        assertThat(refundStatus(paymentId, refundId)).isEqualTo("PENDING_APPROVAL");
        assertThat(host.ledger().netSales(paymentId)).isEqualTo(PRICE);

        var withoutMfa = shop.call("POST", "/payments/" + paymentId + "/refunds/" + refundId + "/approval",
                shop.customerWithoutMfa("oscar"), "{\"approved\": true}", Map.of());
        assertThat(withoutMfa.statusCode()).isIn(401, 403);
        var approval = shop.call("POST", "/payments/" + paymentId + "/refunds/" + refundId + "/approval",
                shop.operator(), "{\"approved\": true}", Map.of());
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(200);

        assertThat(awaitRefund(paymentId, refundId, "COMPLETED")).isEqualTo("COMPLETED");
        assertThat(host.ledger().netSales(paymentId)).isEqualTo(PRICE - 11_000);
        assertThat(host.ledger().unbalancedEntries()).isZero();
        assertThat(shop.payment(paymentId).get("status").asText()).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void aRejectedRefundIsNeverPaid() {
        String orderId = confirmedOrder();
        String paymentId = paymentIdOf(orderId);
        String refundId = json(refund(paymentId, PRICE)).get("refundId").asText();

        var rejection = shop.call("POST", "/payments/" + paymentId + "/refunds/" + refundId + "/approval",
                shop.operator(), "{\"approved\": false}", Map.of());
        assertThat(rejection.statusCode()).as(rejection.body()).isEqualTo(200);

        sleep(3000);
        assertThat(refundStatus(paymentId, refundId)).isEqualTo("REJECTED");
        assertThat(host.ledger().netSales(paymentId)).isEqualTo(PRICE);
        assertThat(shop.order("alice", orderId).get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void smallRefundsAddingUpToTheWholeRefundTheOrder() {
        String orderId = confirmedOrder();
        String paymentId = paymentIdOf(orderId);

        for (long part : new long[] {4_000, 4_000, 4_000}) {
            var response = refund(paymentId, part);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        // nothing is left to refund: the payment is REFUNDED, so a further refund conflicts with its state
        assertThat(refund(paymentId, 1).statusCode()).isEqualTo(409);
        assertThat(host.ledger().netSales(paymentId)).isZero();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!shop.order("alice", orderId).get("status").asText().equals("REFUNDED")
                && Instant.now().isBefore(deadline)) {
            sleep(200);
        }
        assertThat(shop.order("alice", orderId).get("status").asText()).isEqualTo("REFUNDED");
    }

    private static String confirmedOrder() {
        String orderId = shop.placeOrder("alice", "REFUND-1", 1, "pm_sim_approve");
        JsonNode order = shop.awaitFinalOrder("alice", orderId, Duration.ofSeconds(60));
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        return orderId;
    }

    private static HttpResponse<String> refund(String paymentId, long amount) {
        return shop.call("POST", "/payments/" + paymentId + "/refunds", shop.operator(),
                "{\"amount\": {\"amount\": " + amount + ", \"currency\": \"EUR\"}}",
                Map.of("Idempotency-Key", ShopClient.randomId()));
    }

    private static String refundStatus(String paymentId, String refundId) {
        return json(shop.get("/payments/" + paymentId + "/refunds/" + refundId,
                shop.service(ShopClient.PAYMENTS_AUDIENCE))).get("status").asText();
    }

    private static String awaitRefund(String paymentId, String refundId, String wanted) {
        Instant deadline = Instant.now().plusSeconds(30);
        String status = refundStatus(paymentId, refundId);
        while (!status.equals(wanted) && Instant.now().isBefore(deadline)) {
            sleep(200);
            status = refundStatus(paymentId, refundId);
        }
        return status;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
