package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.status;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.assertProblem;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.event;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.signedWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentWebhookTest extends WithPaymentsFixture {

    private String pendingPayment() {
        var orderId = orderId();
        assertThat(status(fixture.authorise(orderId, 1000, "pm_sim_pending_approve"))).isEqualTo(200);
        return paymentIdOf(orderId);
    }

    @Test
    void webhookWithAValidSignatureFinalisesOnce() {
        var paymentId = pendingPayment();
        var now = Instant.now().getEpochSecond();
        var body = event("evt_manual_1", "payment.authorised", paymentId);

        var first = fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_manual_1", now, body));
        var again = fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_manual_1", now, body));

        assertThat(status(first)).isEqualTo(200);
        assertThat(body(first).path("status").asText()).isEqualTo("PROCESSED");
        assertThat(body(again).path("status").asText()).isEqualTo("DUPLICATE");
        assertThat(fixture.status(paymentId)).isEqualTo("AUTHORISED");
        fixture.awaitDeliveries("payment.authorised", 1);
        assertThat(fixture.transitionsTo(paymentId, "AUTHORISED")).as("the simulator's own webhook changed nothing")
                .isEqualTo(1);
    }

    @Test
    void tamperedBodyIs401() {
        var paymentId = pendingPayment();
        var now = Instant.now().getEpochSecond();
        var signed = event("evt_tampered", "payment.declined", paymentId);
        var request = signedWebhook(fixture.currentSecret(), "evt_tampered", now, signed)
                .body(signed.replace("payment.declined", "payment.authorised"));

        assertProblem(fixture.webhook(request), 401, "webhook-signature-invalid");
        assertProblem(fixture.webhook(signedWebhook("not-the-secret", "evt_forged", now, signed)), 401,
                "webhook-signature-invalid");
        assertProblem(fixture.webhook(FakeHttpRequest.post("/api/webhooks/payments", signed)), 401,
                "webhook-signature-invalid");
    }

    @Test
    void staleTimestampIs401() {
        var paymentId = pendingPayment();
        var body = event("evt_stale", "payment.authorised", paymentId);
        var now = Instant.now().getEpochSecond();

        assertProblem(fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_stale", now - 301, body)), 401,
                "webhook-signature-invalid");
        assertProblem(fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_stale", now + 301, body)), 401,
                "webhook-signature-invalid");
        assertThat(status(fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_stale", now - 240, body))))
                .isEqualTo(200);
    }

    @Test
    void previousSecretIsAcceptedDuringRotation() {
        var paymentId = pendingPayment();
        var old = fixture.currentSecret();
        fixture.platform.secrets().set("payments-webhook-secret-previous", old);
        fixture.platform.secrets().set("payments-webhook-secret", "rotated-secret-value");
        var now = Instant.now().getEpochSecond();

        var withOld = fixture.webhook(signedWebhook(old, "evt_rotation_old", now,
                event("evt_rotation_old", "payment.authorised", paymentId)));
        var withNew = fixture.webhook(signedWebhook("rotated-secret-value", "evt_rotation_new", now,
                event("evt_rotation_new", "payment.authorised", paymentId)));
        fixture.platform.secrets().set("payments-webhook-secret-previous", "retired");
        var afterRotation = fixture.webhook(signedWebhook(old, "evt_rotation_late", now,
                event("evt_rotation_late", "payment.authorised", paymentId)));

        assertThat(status(withOld)).isEqualTo(200);
        assertThat(status(withNew)).isEqualTo(200);
        assertProblem(afterRotation, 401, "webhook-signature-invalid");
    }

    @Test
    void severalSignaturesInTheHeaderAreTriedEach() {
        var paymentId = pendingPayment();
        var now = Instant.now().getEpochSecond();
        var body = event("evt_multi", "payment.authorised", paymentId);
        var good = com.cumulus.commerce.payments.application.WebhookSignature.sign(fixture.currentSecret(),
                "evt_multi", now, body);
        var request = FakeHttpRequest.post("/api/webhooks/payments", body).header("webhook-id", "evt_multi")
                .header("webhook-timestamp", Long.toString(now)).header("webhook-signature", "v1,Zm9v " + good);

        assertThat(status(fixture.webhook(request))).isEqualTo(200);
    }

    @Test
    void unknownPaymentIsAcceptedAndIgnored() {
        var now = Instant.now().getEpochSecond();
        var response = fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_unknown", now,
                event("evt_unknown", "payment.authorised", paymentIdOf(orderId()))));

        assertThat(status(response)).isEqualTo(202);
    }

    @Test
    void malformedButSignedBodyIs400() {
        var now = Instant.now().getEpochSecond();

        assertProblem(fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_bad", now, "{\"id\": 3")), 400,
                "webhook-malformed");
        assertProblem(fixture.webhook(signedWebhook(fixture.currentSecret(), "evt_bad", now,
                event("evt_bad", "payment.teleported", paymentIdOf(orderId())))), 400, "webhook-malformed");
    }
}
