package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static com.cumulus.commerce.systemtests.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * API10:2023 Unsafe Consumption of APIs: the payments app consumes the PSP's webhooks, and trusts one only when
 * its Standard Webhooks signature ({@code v1,} HMAC-SHA256 of {@code id.timestamp.body} with the
 * {@code payments-webhook-secret} from the vault) matches and its timestamp is within five minutes. A missing or
 * forged signature, a tampered body and a stale or future timestamp are 401 and never move a payment; a replayed
 * event id is answered as a duplicate and changes neither the payment nor the ledger, also when a dozen copies
 * arrive at the same instant; a signed event for a payment
 * that does not exist is accepted and ignored (202) without creating one; a signed body that is not a payment
 * event is a 400 problem. No answer carries a stack trace or the secret.
 *
 * <p>The simulated PSP's own webhooks are held back for ten minutes here, so a pending payment stays pending
 * unless a webhook this test sends moves it.
 */
@ShopTest(settings = "PAYMENTS_SIM_WEBHOOK_DELAY_MS=600000")
class Api10UnsafeConsumptionOfApisIT extends SecuritySuite {

    private static final String WEBHOOK = "/webhooks/payments";
    private static final String SECRET_NAME = "payments-webhook-secret";
    private static final long TOLERANCE_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aWebhookWithoutASignatureNeverMovesAPayment() {
        String paymentId = pendingPayment();
        String eventId = eventId();
        String body = event(eventId, "payment.authorised", paymentId);
        long now = Instant.now().getEpochSecond();

        var noHeaders = deliver(webhook(body));
        var noSignature = deliver(webhook(body).header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(now)));
        var emptySignature = deliver(webhook(body).header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(now)).header("webhook-signature", "v1,"));

        for (var refused : List.of(noHeaders, noSignature, emptySignature)) {
            assertUnauthenticated(refused);
        }
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aWebhookSignedWithAGuessedSecretNeverMovesAPayment() {
        String paymentId = pendingPayment();
        String eventId = eventId();
        String body = event(eventId, "payment.authorised", paymentId);
        long now = Instant.now().getEpochSecond();

        var forged = deliver(signedWith("a-guessed-secret", eventId, now, body));
        var unsignedVersion = deliver(webhook(body).header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", signature(secret(), eventId, now, body).replace("v1,", "v2,")));

        assertUnauthenticated(forged);
        assertUnauthenticated(unsignedVersion);
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aTamperedBodyUnderAGenuineSignatureNeverMovesAPayment() {
        String paymentId = pendingPayment();
        String eventId = eventId();
        long now = Instant.now().getEpochSecond();
        String genuine = event(eventId, "payment.declined", paymentId);
        String tampered = event(eventId, "payment.authorised", paymentId);

        var response = deliver(webhook(tampered).header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", signature(secret(), eventId, now, genuine)));
        var otherId = deliver(webhook(genuine).header("webhook-id", eventId())
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", signature(secret(), eventId, now, genuine)));

        assertUnauthenticated(response);
        assertUnauthenticated(otherId);
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aGenuineSignatureWithATimestampOutsideTheToleranceNeverMovesAPayment() {
        String paymentId = pendingPayment();
        long now = Instant.now().getEpochSecond();

        for (long timestamp : new long[] {now - TOLERANCE_SECONDS - 60, now + TOLERANCE_SECONDS + 60}) {
            String eventId = eventId();
            String body = event(eventId, "payment.authorised", paymentId);

            var response = deliver(signedWith(secret(), eventId, timestamp, body));

            var problem = assertUnauthenticated(response);
            assertThat(problem.path("detail").asText()).contains("tolerance");
        }
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aReplayedEventIsAnsweredAsADuplicateAndChangesNeitherThePaymentNorTheLedger() throws SQLException {
        String paymentId = capturedPayment();
        String eventId = eventId();
        String body = event(eventId, "payment.captured", paymentId);
        long now = Instant.now().getEpochSecond();
        String signature = signature(secret(), eventId, now, body);
        var first = deliver(webhook(body).header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(now)).header("webhook-signature", signature));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).path("status").asText()).isEqualTo("PROCESSED");
        JsonNode before = payment(paymentId);
        assertThat(before.path("status").asText()).isEqualTo("CAPTURED");
        assertThat(journalEntries(paymentId)).isEqualTo(1);

        for (int replay = 0; replay < 3; replay++) {
            var answer = deliver(webhook(body).header("webhook-id", eventId)
                    .header("webhook-timestamp", Long.toString(now)).header("webhook-signature", signature));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(json(answer).path("status").asText()).isEqualTo("DUPLICATE");
        }
        assertThat(payment(paymentId)).isEqualTo(before);
        assertThat(journalEntries(paymentId)).isEqualTo(1);
    }

    /**
     * A dozen copies of one genuine webhook at the same instant, as a PSP retrying over several connections sends
     * them: one is processed, the others are duplicates, and the payment moves once. Three rounds, because one
     * round of a race may go the right way by chance.
     */
    @Test
    void concurrentCopiesOfOneGenuineWebhookAreProcessedOnceAndTheRestAreDuplicates() throws Exception {
        int copies = 12;
        for (int round = 0; round < 3; round++) {
            String paymentId = pendingPayment();
            String eventId = eventId();
            long now = Instant.now().getEpochSecond();
            var request = signedWith(secret(), eventId, now, event(eventId, "payment.authorised", paymentId))
                    .timeout(Duration.ofSeconds(30)).build();
            var start = new CyclicBarrier(copies);
            var threads = Executors.newFixedThreadPool(copies);
            try {
                var answers = new ArrayList<Future<HttpResponse<String>>>();
                for (int copy = 0; copy < copies; copy++) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return shop.send(request);
                    }));
                }
                var statuses = new ArrayList<String>();
                for (var answer : answers) {
                    var response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    statuses.add(json(response).path("status").asText());
                }

                assertThat(statuses).as("round %d", round).containsOnlyOnce("PROCESSED");
                assertThat(statuses).filteredOn(status -> !status.equals("PROCESSED"))
                        .hasSize(copies - 1).containsOnly("DUPLICATE");
            } finally {
                threads.shutdownNow();
            }
            JsonNode payment = payment(paymentId);
            assertThat(payment.path("status").asText()).isEqualTo("AUTHORISED");
            assertThat(payment.path("history").findValuesAsText("source"))
                    .containsOnlyOnce("webhook:payment.authorised");
        }
    }

    @Test
    void aSignedBodyNestedPastTheParsersLimitIsMalformedNotA500() {
        String paymentId = pendingPayment();
        String eventId = eventId();
        long now = Instant.now().getEpochSecond();
        for (int depth : new int[] {1_001, 100_000}) {
            String body = "{\"id\": \"" + eventId + "\", \"data\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

            var response = deliver(signedWith(secret(), eventId, now, body));

            var problem = assertProblem(response, 400);
            assertThat(problem.path("type").asText()).endsWith("/webhook-malformed");
            assertNoLeak(response);
        }
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aProcessedEventIdCannotCarryAnotherEventToAnotherPayment() {
        String authorised = pendingPayment();
        String victim = pendingPayment();
        String eventId = eventId();
        long now = Instant.now().getEpochSecond();
        var first = deliver(signedWith(secret(), eventId, now, event(eventId, "payment.authorised", authorised)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(payment(authorised).path("status").asText()).isEqualTo("AUTHORISED");
        JsonNode before = payment(victim);

        var again = deliver(signedWith(secret(), eventId, now + 1, event(eventId, "payment.declined", victim)));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(payment(victim)).isEqualTo(before);
        assertThat(before.path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aSignedWebhookForAnUnknownPaymentIsAcceptedAndIgnoredWithoutCreatingIt() {
        String unknown = "pay_" + orderId().substring(4);
        String eventId = eventId();
        String body = event(eventId, "payment.captured", unknown);

        var response = deliver(signedWith(secret(), eventId, Instant.now().getEpochSecond(), body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).path("status").asText()).isEqualTo("IGNORED");
        assertProblem(shop.send(asService("GET", "/payments/" + unknown, null)), 404);
    }

    @Test
    void malformedJsonWithAValidSignatureIsA400Problem() {
        String paymentId = pendingPayment();
        long now = Instant.now().getEpochSecond();
        String eventId = eventId();
        var bodies = List.of(
                "{\"id\": \"" + eventId + "\", \"type\": \"payment.authorised\", \"data\": {\"paymentId\": ",
                "[\"" + eventId + "\"]",
                "{\"id\": \"" + eventId + "\", \"type\": \"payment.stolen\", \"data\": {\"paymentId\": \""
                        + paymentId + "\"}}",
                "{\"id\": \"" + eventId + "\", \"type\": \"payment.authorised\", \"data\": {\"paymentId\": "
                        + "\"../../etc/passwd\"}}",
                event("evt_some_other_id", "payment.authorised", paymentId));

        for (String body : bodies) {
            var response = deliver(signedWith(secret(), eventId, now, body));

            var problem = assertProblem(response, 400);
            assertThat(problem.path("type").asText()).endsWith("/webhook-malformed");
            assertNoLeak(response);
        }
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void noWebhookRefusalCarriesAStackTraceOrTheSecret() {
        String paymentId = pendingPayment();
        String eventId = eventId();
        String body = event(eventId, "payment.authorised", paymentId);
        long now = Instant.now().getEpochSecond();
        var hostile = List.of(
                webhook(body).header("webhook-id", eventId).header("webhook-timestamp", "not-a-number")
                        .header("webhook-signature", signature(secret(), eventId, now, body)),
                webhook(body).header("webhook-id", eventId).header("webhook-timestamp", "99999999999999999999")
                        .header("webhook-signature", "v1,%%%not-base64%%%"),
                webhook(body).header("webhook-id", eventId).header("webhook-timestamp", Long.toString(now))
                        .header("webhook-signature", "v1," + "A".repeat(4000)),
                webhook(body).header("webhook-id", "evt bad id with spaces")
                        .header("webhook-timestamp", Long.toString(now))
                        .header("webhook-signature", signature(secret(), "evt bad id with spaces", now, body)),
                webhook("").header("webhook-id", eventId).header("webhook-timestamp", Long.toString(now))
                        .header("webhook-signature", signature(secret(), eventId, now, "")),
                webhook("\u0000\u0001{]").header("webhook-id", eventId)
                        .header("webhook-timestamp", Long.toString(now))
                        .header("webhook-signature", signature(secret(), eventId, now, "\u0000\u0001{]")));

        var answers = new ArrayList<HttpResponse<String>>();
        for (var request : hostile) {
            answers.add(deliver(request));
        }

        assertThat(answers).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
            assertProblem(response, response.statusCode());
            assertNoLeak(response);
        });
        assertThat(payment(paymentId).path("status").asText()).isEqualTo("PENDING");
    }

    // --- the payment under attack and the PSP's deliveries

    /** A payment the simulated PSP leaves pending (its own webhook is held back for this test's lifetime). */
    private static String pendingPayment() {
        String orderId = orderId();
        String body = """
                {"orderId": "%s", "customerId": "cus-api10", "amount": {"amount": 2599, "currency": "EUR"},
                 "paymentMethod": "pm_sim_pending_approve"}""".formatted(orderId);
        var response = shop.send(asService("POST", "/payments", body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("PENDING");
        return json(response).path("paymentId").asText();
    }

    /** A payment the simulated PSP authorised at once, then captured: one journal entry in the ledger. */
    private static String capturedPayment() {
        String orderId = orderId();
        String body = """
                {"orderId": "%s", "customerId": "cus-api10", "amount": {"amount": 2599, "currency": "EUR"},
                 "paymentMethod": "pm_sim_approve"}""".formatted(orderId);
        var authorised = shop.send(asService("POST", "/payments", body));
        assertThat(authorised.statusCode()).as(authorised.body()).isEqualTo(200);
        String paymentId = json(authorised).path("paymentId").asText();
        var captured = shop.send(asService("POST", "/payments/" + paymentId + "/capture", ""));
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(200);
        return paymentId;
    }

    private static JsonNode payment(String paymentId) {
        var response = shop.send(asService("GET", "/payments/" + paymentId, null));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static long journalEntries(String paymentId) {
        return devhost.ledger().journalEntries(paymentId);
    }

    private static HttpRequest.Builder asService(String method, String path, String json) {
        return shop.request(method, path, json)
                .header("Authorization", "Bearer " + shop.service(ShopClient.PAYMENTS_AUDIENCE));
    }

    private static HttpRequest.Builder webhook(String body) {
        return shop.request("POST", WEBHOOK, body);
    }

    private static HttpRequest.Builder signedWith(String secret, String eventId, long timestamp, String body) {
        return webhook(body).header("webhook-id", eventId).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature(secret, eventId, timestamp, body));
    }

    private static HttpResponse<String> deliver(HttpRequest.Builder request) {
        return shop.send(request);
    }

    /** The secret the payments app verifies with, from the vault of the platform devhost runs on. */
    private static String secret() {
        return devhost.platform().secrets().get(SECRET_NAME).orElseThrow(() -> new AssertionError("no " + SECRET_NAME));
    }

    private static String signature(String secret, String eventId, long timestamp, String body) {
        return ShopClient.webhookSignature(secret, eventId, timestamp, body);
    }

    private static String event(String eventId, String type, String paymentId) {
        return """
                {"id": "%s", "type": "%s", "created": "%s", "data": {"paymentId": "%s", "pspReference": "psp_api10"}}"""
                .formatted(eventId, type, Instant.now(), paymentId);
    }

    private static String eventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String orderId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static JsonNode assertUnauthenticated(HttpResponse<String> response) {
        var problem = assertProblem(response, 401);
        assertThat(problem.path("type").asText()).endsWith("/webhook-signature-invalid");
        assertNoLeak(response);
        return problem;
    }

    private static void assertNoLeak(HttpResponse<String> response) {
        assertThat(response.body())
                .doesNotContain(secret())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContainPattern("at [a-z]+\\.[a-z.]+\\.[A-Z]\\w*\\.\\w+\\(")
                .doesNotContain("com.cumulus");
    }
}
