package com.cumulus.commerce.systemtests.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payments app as the checkout saga and the PSP see it, over real HTTP through devhost: a pending
 * authorisation settled by the simulated PSP's signed webhook (sent over HTTP to devhost's webhook route), then
 * captured with one balanced ledger entry; operator refunds relayed to the orders app or waiting for an approval
 * given with MFA; a forged webhook refused.
 */
// the payments app alone: the refund-approval workflow would take the message this test reads, and the orders
// app the refund event (checkout/RefundApprovalIT runs them together)
@ShopTest(apps = "payments", workflows = false)
class PaymentsThroughDevHostIT {

    private static final String AUDIENCE = "api://cumulus-payments";

    private static ShopHost host;
    private static String serviceToken;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        serviceToken = host.issuer().serviceToken("logic-apps", AUDIENCE);
    }

    @Test
    void pendingPaymentIsAuthorisedByTheSignedWebhookThenCapturedWithABalancedLedger() throws Exception {
        var orderId = orderId();
        var paymentId = "pay_" + orderId.substring(4);
        var body = "{\"orderId\":\"" + orderId + "\",\"customerId\":\"cus-42\",\"amount\":{\"amount\":2599,"
                + "\"currency\":\"EUR\"},\"paymentMethod\":\"pm_sim_pending_approve\"}";

        var authorised = send(post("/payments", body).header("Authorization", "Bearer " + serviceToken));
        assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(200);
        assertThat(json(authorised).path("status").asText()).isEqualTo("PENDING");

        var payment = awaitStatus(paymentId, "AUTHORISED");
        assertThat(payment.path("history").findValuesAsText("source")).contains("webhook:payment.authorised");

        var captured = send(post("/payments/" + paymentId + "/capture", "")
                .header("Authorization", "Bearer " + serviceToken));
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(200);
        assertThat(json(captured).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(json(get("/payments/" + paymentId)).path("status").asText()).isEqualTo("CAPTURED");

        assertThat(host.ledger().postingLines(paymentId)).isEqualTo(2);
        assertThat(host.ledger().postingsSum(paymentId)).as("the capture entry balances").isZero();
    }

    @Test
    void operatorRefundsAreRelayedToOrdersAndLargeOnesWaitForAnApprovalWithMfa() throws Exception {
        var orderId = orderId();
        var paymentId = "pay_" + orderId.substring(4);
        var body = "{\"orderId\":\"" + orderId + "\",\"customerId\":\"cus-7\",\"amount\":{\"amount\":60000,"
                + "\"currency\":\"EUR\"},\"paymentMethod\":\"pm_sim_approve\"}";
        assertThat(send(post("/payments", body).header("Authorization", "Bearer " + serviceToken)).statusCode())
                .isEqualTo(200);
        assertThat(send(post("/payments/" + paymentId + "/capture", "")
                .header("Authorization", "Bearer " + serviceToken)).statusCode()).isEqualTo(200);
        var operator = "Bearer " + host.issuer().userToken("oscar", false);
        var operatorWithMfa = "Bearer " + host.issuer().userToken("oscar", true);

        var small = send(post("/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":1500,\"currency\":\"EUR\"}}")
                .header("Authorization", operator).header("Idempotency-Key", "it-small"));
        var large = send(post("/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":40000,\"currency\":\"EUR\"}}")
                .header("Authorization", operator).header("Idempotency-Key", "it-large"));

        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(202);
        var platform = host.platform();
        var event = awaitMessage(platform, Topics.subscriptionPath("payment-events", "orders-refunds"));
        var data = Json.mapper().readTree(EventEnvelope.dataOf(EventEnvelope.unwrap(event)));
        assertThat(data.path("refundId").asText()).isEqualTo(json(small).path("refundId").asText());
        assertThat(data.path("refundedTotal").path("amount").asLong()).isEqualTo(1500);
        var approval = awaitMessage(platform, "refund-approvals");
        assertThat(Json.mapper().readTree(approval).path("refundId").asText())
                .isEqualTo(json(large).path("refundId").asText());

        var approvalPath = "/payments/" + paymentId + "/refunds/" + json(large).path("refundId").asText() + "/approval";
        var withoutMfa = send(post(approvalPath, "{\"approved\":true}").header("Authorization", operator));
        var withMfa = send(post(approvalPath, "{\"approved\":true}").header("Authorization", operatorWithMfa));
        assertThat(withoutMfa.statusCode()).isEqualTo(401);
        assertThat(withMfa.statusCode()).as(withMfa.body()).isEqualTo(200);
        assertThat(json(withMfa).path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void forgedWebhookIs401() throws Exception {
        var now = Instant.now().getEpochSecond();
        var body = "{\"id\":\"evt_forged\",\"type\":\"payment.authorised\",\"created\":\"2026-11-24T10:00:00Z\","
                + "\"data\":{\"paymentId\":\"pay_" + orderId().substring(4) + "\",\"pspReference\":\"psp_x\"}}";
        var response = send(host.client().signedWebhook("a-guessed-secret", "evt_forged", now, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).endsWith("/webhook-signature-invalid");
    }

    @Test
    void paymentRoutesRefuseCallsWithoutAServiceToken() throws Exception {
        var response = send(post("/payments", "{}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static JsonNode awaitStatus(String paymentId, String status) {
        return await("payment " + paymentId + " " + status).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> json(get("/payments/" + paymentId)),
                        payment -> payment.path("status").asText().equals(status));
    }

    private static String awaitMessage(Platform platform, String entity) {
        return await("a message on " + entity).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var received = platform.queues().receive(entity, 1);
                    if (received.isEmpty()) {
                        return null;
                    }
                    platform.queues().complete(received.get(0));
                    return received.get(0).body();
                }, Objects::nonNull);
    }

    private static String orderId() {
        return ShopClient.randomOrderId();
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + serviceToken).GET());
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json));
    }

    private static URI api(String path) {
        return host.client().api(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return host.client().send(request);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ShopClient.json(response);
    }
}
