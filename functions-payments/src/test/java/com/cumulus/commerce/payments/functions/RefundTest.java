package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static com.cumulus.commerce.functions.support.testing.Responses.status;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.assertProblem;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.events.EventSchemas;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refunds: at once up to the threshold, through an operator's approval above it; each one relayed as an event. */
class RefundTest extends WithPaymentsFixture {

    private static final EventSchemas SCHEMAS = new EventSchemas();
    private static final String ORDERS_REFUNDS = Topics.subscriptionPath("payment-events", "orders-refunds");

    private String capturedPayment(long amount) {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, amount, "pm_sim_approve");
        assertThat(status(fixture.capture(paymentId))).isEqualTo(200);
        return paymentId;
    }

    @Test
    void partialThenFullRefund() {
        var paymentId = capturedPayment(9000);

        var partial = fixture.refund(paymentId, 4000, "refund-1");
        assertThat(status(partial)).isEqualTo(201);
        assertThat(body(partial).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(partial.getHeader("Location")).startsWith("/api/payments/" + paymentId + "/refunds/ref_");
        assertThat(fixture.status(paymentId)).isEqualTo("PARTIALLY_REFUNDED");

        var rest = fixture.refund(paymentId, 5000, "refund-2");
        assertThat(status(rest)).isEqualTo(201);
        var payment = body(fixture.get(paymentId));
        assertThat(payment.path("status").asText()).isEqualTo("REFUNDED");
        assertThat(payment.path("refundedAmount").path("amount").asLong()).isEqualTo(9000);
        var refundIds = List.of(body(partial).path("refundId").asText(), body(rest).path("refundId").asText());
        assertThat(fixture.ledgerLines(paymentId)).containsExactly(
                "capture:" + paymentId + " psp-clearing 9000", "capture:" + paymentId + " sales -9000",
                "refund:" + refundIds.get(0) + " sales 4000", "refund:" + refundIds.get(0) + " psp-clearing -4000",
                "refund:" + refundIds.get(1) + " sales 5000", "refund:" + refundIds.get(1) + " psp-clearing -5000");
        assertThat(fixture.unbalancedEntries()).isEmpty();

        var events = relayAndReceive(2);
        assertThat(events).extracting(e -> e.path("refundId").asText()).containsExactlyInAnyOrderElementsOf(refundIds);
        var last = events.stream().filter(e -> e.path("refundId").asText().equals(refundIds.get(1))).findFirst()
                .orElseThrow();
        assertThat(last.path("fullyRefunded").asBoolean()).isTrue();
        assertThat(last.path("refundedTotal").path("amount").asLong()).isEqualTo(9000);
        assertThat(last.path("orderId").asText()).isEqualTo("ord_" + paymentId.substring(4));
    }

    @Test
    void refundBeyondCapturedIs422() {
        var paymentId = capturedPayment(3000);
        assertThat(status(fixture.refund(paymentId, 1000, "a"))).isEqualTo(201);

        assertProblem(fixture.refund(paymentId, 2001, "b"), 422, "refund-exceeds-captured");
        assertThat(fixture.status(paymentId)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(status(fixture.refund(paymentId, 2000, "c"))).isEqualTo(201);
    }

    @Test
    void largeRefundWaitsForApproval() {
        var paymentId = capturedPayment(50_000);

        var requested = fixture.refund(paymentId, 20_000, "big-1");

        assertThat(status(requested)).isEqualTo(202);
        var refundId = body(requested).path("refundId").asText();
        assertThat(body(requested).path("status").asText()).isEqualTo("PENDING_APPROVAL");
        var approval = fixture.platform.queues().receive("refund-approvals", 10);
        assertThat(approval).hasSize(1);
        assertThat(approval.get(0).messageId()).isEqualTo(refundId);
        assertThat(Json.mapper().valueToTree(parse(approval.get(0).body())).path("amount").path("amount").asLong())
                .isEqualTo(20_000);
        assertProblem(fixture.refund(paymentId, 30_001, "big-2"), 422, "refund-exceeds-captured");
        assertProblem(execute(paymentId, refundId), 409, "refund-state-conflict");
        assertThat(fixture.ledgerLines(paymentId)).hasSize(2);

        var decided = fixture.function(DecideRefundFunction.class).run(FakeHttpRequest.post(
                "/api/payments/" + paymentId + "/refunds/" + refundId + "/approval", "{\"approved\": true}"),
                paymentId, refundId, context());
        assertThat(status(decided)).isEqualTo(200);
        assertThat(body(decided).path("status").asText()).isEqualTo("APPROVED");
        assertThat(body(fixture.function(GetRefundFunction.class).run(FakeHttpRequest.get(
                "/api/payments/" + paymentId + "/refunds/" + refundId), paymentId, refundId, context()))
                .path("status").asText()).isEqualTo("APPROVED");

        var executed = execute(paymentId, refundId);
        var again = execute(paymentId, refundId);
        assertThat(status(executed)).isEqualTo(200);
        assertThat(body(executed).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status(again)).isEqualTo(200);
        assertThat(fixture.ledgerLines(paymentId)).hasSize(4).contains("refund:" + refundId + " sales 20000");
        assertThat(fixture.status(paymentId)).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void rejectedRefundIsNeverExecutedAndFreesTheMoney() {
        var paymentId = capturedPayment(50_000);
        var refundId = body(fixture.refund(paymentId, 40_000, "big")).path("refundId").asText();

        var rejected = fixture.function(DecideRefundFunction.class).run(FakeHttpRequest.post(
                "/api/payments/" + paymentId + "/refunds/" + refundId + "/approval", "{\"approved\": false}"),
                paymentId, refundId, context());

        assertThat(body(rejected).path("status").asText()).isEqualTo("REJECTED");
        assertProblem(execute(paymentId, refundId), 409, "refund-state-conflict");
        assertThat(status(fixture.refund(paymentId, 10_000, "small"))).isEqualTo(201);
    }

    @Test
    void idempotencyKeyReplaysRefusesReuseAndIsRequired() {
        var paymentId = capturedPayment(9000);

        var first = fixture.refund(paymentId, 1000, "same-key");
        var replay = fixture.refund(paymentId, 1000, "same-key");

        assertThat(status(replay)).isEqualTo(201);
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        assertThat(replay.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getBody()).isEqualTo(first.getBody());
        assertThat(replay.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(fixture.ledgerLines(paymentId)).hasSize(4);
        assertProblem(fixture.refund(paymentId, 2000, "same-key"), 422, "idempotency-key-reused");
        assertProblem(fixture.refund(paymentId, 2000, null), 400, "idempotency-key-required");
        assertProblem(fixture.refund(paymentId, 2000, "x".repeat(256)), 400, "invalid-idempotency-key");
    }

    @Test
    void refundOfAnUncapturedPaymentIs409AndBadAmountsAre400() {
        var orderId = orderId();
        fixture.authorise(orderId, 1000, "pm_sim_approve");
        var paymentId = paymentIdOf(orderId);

        var notCaptured = fixture.refund(paymentId, 500, "k");
        assertProblem(notCaptured, 409, "payment-not-captured");
        assertThat(body(notCaptured).path("status").asInt()).isEqualTo(409);
        assertThat(body(notCaptured).path("paymentStatus").asText()).isEqualTo("AUTHORISED");
        assertProblem(fixture.refund(paymentId, 0, "k0"), 400, "invalid-request");
        var wrongType = FakeHttpRequest.post("/api/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":\"12\",\"currency\":\"EUR\"}}").header("Idempotency-Key", "k2");
        assertProblem(fixture.function(RequestRefundFunction.class).run(wrongType, paymentId, context()), 400,
                "invalid-request");
    }

    private com.microsoft.azure.functions.HttpResponseMessage execute(String paymentId, String refundId) {
        return fixture.function(ExecuteRefundFunction.class).run(FakeHttpRequest.post(
                "/api/payments/" + paymentId + "/refunds/" + refundId + "/execute", ""), paymentId, refundId,
                context());
    }

    /** Runs the relay over the container's changes as the trigger would, then reads the orders' subscription. */
    private List<JsonNode> relayAndReceive(int expected) {
        var container = fixture.platform.documents().container("payments");
        var items = ChangeFeedBatch.of(container.changeFeed("test-relay").next(100));
        fixture.function(PaymentEventsRelayFunction.class).run(items, context());
        fixture.function(PaymentEventsRelayFunction.class).run(items, context());

        var messages = fixture.platform.queues().receive(ORDERS_REFUNDS, 10);
        assertThat(messages).as("each event once, whatever the redeliveries").hasSize(expected);
        var events = new ArrayList<JsonNode>();
        for (var message : messages) {
            var event = EventEnvelope.unwrap(message.body());
            assertThat(event.getType()).isEqualTo("commerce.payments.payment-refunded.v1");
            assertThat(message.messageId()).isEqualTo(event.getId());
            var data = parse(EventEnvelope.dataOf(event));
            assertThat(SCHEMAS.violations(event.getType(), data)).as("fits its schema").isEmpty();
            events.add(data);
            var pending = new DocumentQuery(event.getSubject(),
                    List.of(new DocumentQuery.Compare("kind", DocumentQuery.Operator.EQ, Outbox.KIND)), null, 10, null);
            assertThat(container.query(pending).items()).as("outbox document deleted").isEmpty();
        }
        return events;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
