package com.cumulus.commerce.systemtests.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payments app as the checkout saga and the PSP see it, over real HTTP through devhost: a pending
 * authorisation settled by the simulated PSP's signed webhook (sent over HTTP to devhost's webhook route), then
 * captured with one balanced ledger entry; operator refunds relayed to the orders app or waiting for an approval
 * given with MFA; a forged webhook refused.
 */
class PaymentsThroughDevHostIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String AUDIENCE = "api://cumulus-payments";

    @TempDir
    static Path dataDir;

    private static DevHost host;
    private static String serviceToken;

    @BeforeAll
    static void start() throws Exception {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        // the payments app alone: the refund-approval workflow would take the message this test reads
        // (checkout/RefundApprovalIT runs the two together)
        host = DevHost.start(repoRoot, Map.of(
                "DEVHOST_PORT", "0",
                "DEVHOST_OIDC_PORT", "0",
                "COMMERCE_DATA_DIR", dataDir.toString(),
                "DEVHOST_SCAN_PACKAGES", "com.cumulus.commerce.payments",
                "DEVHOST_WORKFLOWS_DIR", dataDir.resolve("no-workflows").toString(),
                "DEVHOST_LOG_INVOCATIONS", "false",
                "PAYMENTS_SIM_WEBHOOK_DELAY_MS", "300"));
        serviceToken = host.issuer().orElseThrow().serviceToken("logic-apps", AUDIENCE);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
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

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ledger.db"));
             var st = c.prepareStatement("SELECT p.account, p.amount_minor FROM journal_entries e JOIN postings p"
                     + " ON p.entry_id = e.entry_id WHERE e.payment_id = ? ORDER BY p.line_no")) {
            st.setString(1, paymentId);
            long sum = 0;
            int lines = 0;
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(2);
                    lines++;
                }
            }
            assertThat(lines).isEqualTo(2);
            assertThat(sum).as("the capture entry balances").isZero();
        }
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
        var operator = "Bearer " + host.issuer().orElseThrow().userToken("oscar", false);
        var operatorWithMfa = "Bearer " + host.issuer().orElseThrow().userToken("oscar", true);

        var small = send(post("/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":1500,\"currency\":\"EUR\"}}")
                .header("Authorization", operator).header("Idempotency-Key", "it-small"));
        var large = send(post("/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":40000,\"currency\":\"EUR\"}}")
                .header("Authorization", operator).header("Idempotency-Key", "it-large"));

        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(202);
        var platform = Platforms.open(AppSettings.of(Map.of("COMMERCE_DATA_DIR", dataDir.toString())));
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
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a-guessed-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var signature = Base64.getEncoder().encodeToString(
                mac.doFinal(("evt_forged." + now + "." + body).getBytes(StandardCharsets.UTF_8)));

        var response = send(post("/webhooks/payments", body)
                .header("webhook-id", "evt_forged")
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", "v1," + signature));

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

    private static JsonNode awaitStatus(String paymentId, String status) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        var payment = json(get("/payments/" + paymentId));
        while (!payment.path("status").asText().equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            payment = json(get("/payments/" + paymentId));
        }
        assertThat(payment.path("status").asText()).as(payment.toString()).isEqualTo(status);
        return payment;
    }

    private static String awaitMessage(Platform platform, String entity) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var received = platform.queues().receive(entity, 1);
            if (!received.isEmpty()) {
                platform.queues().complete(received.get(0));
                return received.get(0).body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message on " + entity);
    }

    private static String orderId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var random = new SecureRandom();
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + serviceToken).GET());
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json));
    }

    private static URI api(String path) {
        return URI.create(host.baseUri() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
