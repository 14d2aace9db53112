package com.cumulus.commerce.systemtests.checkout;

import static com.cumulus.commerce.systemtests.ShopClient.json;
import static com.cumulus.commerce.systemtests.ShopClient.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refunds after a confirmed checkout: small ones at once, large ones through the refund-approval workflow,
 * which waits for an operator's decision; a full refund moves the order to REFUNDED through the payment events.
 */
@ShopTest
class RefundApprovalIT {

    private static final long PRICE = 12_000;

    private static ShopHost host;
    private static ShopClient shop;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        shop = host.client();
        shop.createProduct("REFUND-1", PRICE, 10);
    }

    @Test
    void aLargeRefundWaitsForTheOperatorThenTheWorkflowExecutesIt() {
        String orderId = confirmedOrder();
        String paymentId = paymentIdOf(orderId);

        var requested = refund(paymentId, 11_000);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String refundId = json(requested).get("refundId").asText();
        // it waits for the operator, and keeps waiting
        await().atMost(Duration.ofMillis(2500)).pollDelay(Duration.ZERO)
                .until(() -> refundStatus(paymentId, refundId), "PENDING_APPROVAL"::equals);
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                .until(() -> refundStatus(paymentId, refundId), "PENDING_APPROVAL"::equals);
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

        // nothing is paid while the workflow takes the decision, nor after
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> host.ledger().netSales(paymentId), sales -> sales == PRICE);
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
        shop.awaitOrderStatus("alice", orderId, "REFUNDED", Duration.ofSeconds(30));
        assertThat(shop.order("alice", orderId).get("status").asText()).isEqualTo("REFUNDED");
    }

    private static String confirmedOrder() {
        String orderId = shop.placeOrder("alice", "REFUND-1", 1, "pm_sim_approve");
        JsonNode order = shop.awaitFinalOrder("alice", orderId, Duration.ofSeconds(60));
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        return orderId;
    }

    private static HttpResponse<String> refund(String paymentId, long amount) {
        return shop.refund(paymentId, amount);
    }

    private static String refundStatus(String paymentId, String refundId) {
        return shop.refundStatus(paymentId, refundId);
    }

    private static String awaitRefund(String paymentId, String refundId, String wanted) {
        return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> refundStatus(paymentId, refundId), wanted::equals);
    }
}
