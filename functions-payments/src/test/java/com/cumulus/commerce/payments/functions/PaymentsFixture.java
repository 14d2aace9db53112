package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.functions.support.testing.Responses;
import com.cumulus.commerce.payments.PaymentsApp;
import com.cumulus.commerce.payments.PaymentsSettings;
import com.cumulus.commerce.payments.application.WebhookSignature;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The payments app on the real local platform in a temporary folder, with its functions called as the host
 * calls them, and a small HTTP server standing in for the host's webhook route: the simulated PSP posts real
 * signed webhooks to it, and it hands each to the webhook function.
 */
final class PaymentsFixture implements AutoCloseable {

    static final String CURRENCY = "EUR";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    final LocalPlatform platform;
    private final HttpServer webhookServer;
    private final PaymentsApp app;
    /** Every webhook delivery the server answered: "type status". */
    final List<String> deliveries = new CopyOnWriteArrayList<>();

    PaymentsFixture(Path dataDir) {
        this(dataDir, Map.of());
    }

    PaymentsFixture(Path dataDir, Map<String, String> settings) {
        try {
            platform = new LocalPlatform(dataDir, Clock.system());
            webhookServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var values = new java.util.HashMap<String, String>(Map.of(
                "PAYMENTS_PSP_TIMEOUT_MS", "400",
                "PAYMENTS_SIM_WEBHOOK_DELAY_MS", "50",
                "PAYMENTS_WEBHOOK_URL", "http://127.0.0.1:" + webhookServer.getAddress().getPort()
                        + "/api/webhooks/payments"));
        values.putAll(settings);
        app = new PaymentsApp(platform, PaymentsSettings.from(
                com.cumulus.commerce.platform.config.AppSettings.of(values)), () -> "");
        app.start();
        webhookServer.createContext("/api/webhooks/payments", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var request = FakeHttpRequest.post("/api/webhooks/payments", body);
            exchange.getRequestHeaders().forEach((name, values1) -> request.header(name, values1.get(0)));
            var response = webhook(request);
            var status = response.getStatus().value();
            deliveries.add(Json.mapper().readTree(body).path("type").asText() + " " + status);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhookServer.start();
    }

    static String orderId() {
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return id.toString();
    }

    static String paymentIdOf(String orderId) {
        return "pay_" + orderId.substring(4);
    }

    <T> T function(Class<T> type) {
        return app.function(type);
    }

    HttpResponseMessage authorise(String orderId, long amount, String method) {
        var body = "{\"orderId\":\"" + orderId + "\",\"customerId\":\"cus-1\",\"amount\":{\"amount\":" + amount
                + ",\"currency\":\"" + CURRENCY + "\"},\"paymentMethod\":\"" + method + "\"}";
        return function(AuthorisePaymentFunction.class).run(FakeHttpRequest.post("/api/payments", body), context());
    }

    HttpResponseMessage get(String paymentId) {
        return function(GetPaymentFunction.class).run(FakeHttpRequest.get("/api/payments/" + paymentId), paymentId,
                context());
    }

    String status(String paymentId) {
        return body(get(paymentId)).path("status").asText();
    }

    /** How often the payment's history shows it reaching {@code status}. */
    long transitionsTo(String paymentId, String status) {
        var count = 0L;
        for (var step : body(get(paymentId)).path("history")) {
            count += step.path("status").asText().equals(status) ? 1 : 0;
        }
        return count;
    }

    HttpResponseMessage capture(String paymentId) {
        return function(CapturePaymentFunction.class).run(
                FakeHttpRequest.post("/api/payments/" + paymentId + "/capture", ""), paymentId, context());
    }

    HttpResponseMessage voidPayment(String paymentId) {
        return function(VoidPaymentFunction.class).run(
                FakeHttpRequest.post("/api/payments/" + paymentId + "/void", ""), paymentId, context());
    }

    HttpResponseMessage refund(String paymentId, long amount, String key) {
        var request = FakeHttpRequest.post("/api/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":" + amount + ",\"currency\":\"" + CURRENCY + "\"}}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return function(RequestRefundFunction.class).run(request, paymentId, context());
    }

    HttpResponseMessage webhook(FakeHttpRequest request) {
        return function(PaymentWebhookFunction.class).run(request, context());
    }

    /** A webhook signed with {@code secret} at {@code timestamp} (unix seconds). */
    static FakeHttpRequest signedWebhook(String secret, String eventId, long timestamp, String body) {
        return FakeHttpRequest.post("/api/webhooks/payments", body)
                .header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, eventId, timestamp, body));
    }

    static String event(String eventId, String type, String paymentId) {
        return "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created\":\"2026-11-24T10:00:00Z\","
                + "\"data\":{\"paymentId\":\"" + paymentId + "\",\"pspReference\":\"psp_test\","
                + "\"amount\":{\"amount\":1000,\"currency\":\"EUR\"}}}";
    }

    String currentSecret() {
        return platform.secrets().get("payments-webhook-secret").orElseThrow();
    }

    /** Waits until the payment reaches the status (webhooks arrive asynchronously). */
    void awaitStatus(String paymentId, String status) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!status(paymentId).equals(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("payment " + paymentId + " stayed " + status(paymentId) + ", not " + status);
            }
            sleep(20);
        }
    }

    /** Waits until {@code count} webhook deliveries of the type have been answered. */
    void awaitDeliveries(String type, int count) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (deliveries.stream().filter(d -> d.startsWith(type + " ")).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + type + " deliveries, saw " + deliveries);
            }
            sleep(20);
        }
    }

    /** Every journal entry of the payment: "key account amount" lines, in order. */
    List<String> ledgerLines(String paymentId) {
        var sql = "SELECT e.idempotency_key, p.account, p.amount_minor FROM journal_entries e"
                + " JOIN postings p ON p.entry_id = e.entry_id WHERE e.payment_id = ?"
                + " ORDER BY e.created_at, p.line_no";
        try (var c = platform.ledger().dataSource().getConnection(); var st = c.prepareStatement(sql)) {
            st.setString(1, paymentId);
            var lines = new ArrayList<String>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries whose postings do not sum to zero per currency; empty in a sound ledger. */
    List<String> unbalancedEntries() {
        var sql = "SELECT entry_id, currency, SUM(amount_minor) FROM postings GROUP BY entry_id, currency"
                + " HAVING SUM(amount_minor) <> 0";
        try (var c = platform.ledger().dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            var list = new ArrayList<String>();
            while (rs.next()) {
                list.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts a problem+json answer of that status and type slug. Unlike the shared
     * {@code Responses.assertProblem} it does not check the body's {@code status} member: some payments problems
     * carry the payment's state under that name.
     */
    static void assertProblem(HttpResponseMessage response, int status, String type) {
        assertThat(Responses.status(response)).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(body(response).path("type").asText()).endsWith("/" + type);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        webhookServer.stop(0);
        platform.close();
    }
}
