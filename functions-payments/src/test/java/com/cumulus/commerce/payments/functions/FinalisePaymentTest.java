package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static com.cumulus.commerce.functions.support.testing.Responses.status;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.assertProblem;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.event;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.signedWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one finalisation step, reached by the authorise answer, the PSP's webhooks and the status poll. */
class FinalisePaymentTest extends WithPaymentsFixture {

    @Test
    void aBodyThatIsNotJsonOrMisfitsIsRefusedAsEveryAppRefusesIt() {
        var body = "{\"orderId\":\"" + orderId() + "\",\"customerId\":\"cus-1\","
                + "\"amount\":{\"amount\":\"1000\",\"currency\":\"EUR\"},\"paymentMethod\":\"pm_sim_approve\"}";
        var authorise = fixture.function(AuthorisePaymentFunction.class);

        assertProblem(authorise.run(FakeHttpRequest.post("/api/payments", body).header("Content-Type", "text/plain"),
                context()), 415, "unsupported-media-type");
        var misfit = authorise.run(FakeHttpRequest.post("/api/payments", body), context());
        assertProblem(misfit, 400, "invalid-request");
        assertThat(body(misfit).path("violations").get(0).path("field").asText()).isEqualTo("amount.amount");
        assertProblem(authorise.run(FakeHttpRequest.post("/api/payments", "{\"orderId\": "), context()), 400,
                "malformed-json");
    }

    @Test
    void approvedPaymentIsAuthorisedAtOnceAndARepeatAnswersTheSame() {
        var orderId = orderId();
        var first = fixture.authorise(orderId, 2599, "pm_sim_approve");
        var repeat = fixture.authorise(orderId, 2599, "pm_sim_approve");

        assertThat(status(first)).isEqualTo(200);
        assertThat(body(first).path("paymentId").asText()).isEqualTo(paymentIdOf(orderId));
        assertThat(body(first).path("status").asText()).isEqualTo("AUTHORISED");
        assertThat(body(repeat).path("status").asText()).isEqualTo("AUTHORISED");
    }

    @Test
    void declinedPaymentIs402AndStaysDeclined() {
        var orderId = orderId();

        assertProblem(fixture.authorise(orderId, 1000, "pm_sim_decline"), 402, "payment-declined");
        assertProblem(fixture.authorise(orderId, 1000, "pm_sim_decline"), 402, "payment-declined");
        fixture.awaitDeliveries("payment.declined", 1);
        assertThat(fixture.status(paymentIdOf(orderId))).isEqualTo("DECLINED");
    }

    @Test
    void pendingPaymentIsSettledByTheSimulatorsWebhook() {
        var approve = orderId();
        var decline = orderId();

        assertThat(body(fixture.authorise(approve, 1000, "pm_sim_pending_approve")).path("status").asText())
                .isEqualTo("PENDING");
        assertThat(body(fixture.authorise(decline, 1000, "pm_sim_pending_decline")).path("status").asText())
                .isEqualTo("PENDING");

        fixture.awaitStatus(paymentIdOf(approve), "AUTHORISED");
        fixture.awaitStatus(paymentIdOf(decline), "DECLINED");
    }

    @Test
    void duplicateWebhooksCaptureOnce() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 4200, "pm_sim_duplicate_webhooks");
        fixture.awaitDeliveries("payment.authorised", 3);

        assertThat(status(fixture.capture(paymentId))).isEqualTo(200);
        fixture.awaitDeliveries("payment.captured", 3);
        assertThat(status(fixture.capture(paymentId))).isEqualTo(200);

        assertThat(fixture.status(paymentId)).isEqualTo("CAPTURED");
        assertThat(fixture.transitionsTo(paymentId, "AUTHORISED")).isEqualTo(1);
        assertThat(fixture.transitionsTo(paymentId, "CAPTURED")).isEqualTo(1);
        assertThat(fixture.ledgerLines(paymentId)).containsExactly(
                "capture:" + paymentId + " psp-clearing 4200", "capture:" + paymentId + " sales -4200");
    }

    @Test
    void outOfOrderWebhooksNeverMoveBackwards() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        assertThat(body(fixture.authorise(orderId, 1500, "pm_sim_out_of_order_webhooks")).path("status").asText())
                .isEqualTo("AUTHORISED");

        assertThat(status(fixture.capture(paymentId))).isEqualTo(200);
        fixture.awaitDeliveries("payment.captured", 1);
        fixture.awaitDeliveries("payment.authorised", 1);

        assertThat(fixture.deliveries).containsSubsequence("payment.captured 200", "payment.authorised 200");
        assertThat(fixture.status(paymentId)).isEqualTo("CAPTURED");
        assertThat(fixture.transitionsTo(paymentId, "AUTHORISED")).isEqualTo(1);
    }

    @Test
    void capturedWebhookBeforeAnyAnswerAuthorisesAPendingPayment() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_timeout");
        var now = Instant.now().getEpochSecond();

        fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_early_capture", now,
                event("evt_early_capture", "payment.captured", paymentId)));
        fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_late_decline", now,
                event("evt_late_decline", "payment.declined", paymentId)));

        assertThat(fixture.status(paymentId)).isEqualTo("AUTHORISED");
    }

    @Test
    void webhookAndClientRaceFinaliseOnce() throws Exception {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_timeout");
        var pool = Executors.newFixedThreadPool(8);
        var go = new CountDownLatch(1);
        var tasks = new ArrayList<java.util.concurrent.Future<Integer>>();
        var now = Instant.now().getEpochSecond();
        for (int i = 0; i < 8; i++) {
            var eventId = "evt_race_" + i;
            var webhookTurn = i % 2 == 0;
            tasks.add(pool.submit(() -> {
                go.await();
                return webhookTurn
                        ? status(fixture.webhook(signedWebhook(fixture.currentSecret(), eventId, now,
                                event(eventId, "payment.authorised", paymentId))))
                        : status(fixture.get(paymentId));
            }));
        }
        Thread.sleep(500);
        go.countDown();
        for (var task : tasks) {
            assertThat(task.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(fixture.status(paymentId)).isIn("AUTHORISED", "DECLINED");
        assertThat(fixture.transitionsTo(paymentId, "AUTHORISED") + fixture.transitionsTo(paymentId, "DECLINED"))
                .as("exactly one finalisation won").isEqualTo(1);
    }

    @Test
    void pendingDecisionOfTheSimulatedPspSurvivesARestart() {
        fixture.close();
        var slow = Map.of("PAYMENTS_SIM_WEBHOOK_DELAY_MS", "600");
        fixture = new PaymentsFixture(dataDir, slow);
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_pending_approve");
        fixture.close();

        fixture = new PaymentsFixture(dataDir, slow);
        PaymentsFixture.sleep(1500);

        var payment = body(fixture.get(paymentId));
        assertThat(payment.path("status").asText()).isEqualTo("AUTHORISED");
        assertThat(payment.path("history").get(1).path("source").asText()).isEqualTo("status-poll");
        assertThat(fixture.deliveries).as("the webhook died with the first process").isEmpty();
    }

    @Test
    void timeoutLeavesPaymentPendingAndRetrieveResolvesIt() {
        fixture.close();
        fixture = new PaymentsFixture(dataDir, Map.of("PAYMENTS_PSP_TIMEOUT_MS", "1000"));
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        var started = System.nanoTime();

        var response = fixture.authorise(orderId, 1000, "pm_sim_timeout");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(1000);
        assertThat(body(response).path("status").asText()).isEqualTo("PENDING");
        assertThat(fixture.status(paymentId)).as("too early to ask the PSP").isEqualTo("PENDING");
        PaymentsFixture.sleep(1100);

        var payment = body(fixture.get(paymentId));
        assertThat(payment.path("status").asText()).isEqualTo("DECLINED");
        assertThat(payment.path("declineReason").asText()).contains("never completed");
        assertThat(payment.path("history").get(1).path("source").asText()).isEqualTo("status-poll");
    }
}
