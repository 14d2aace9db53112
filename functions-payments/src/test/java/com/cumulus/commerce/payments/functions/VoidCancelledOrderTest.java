package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.context;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.events.EventEnvelope;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VoidCancelledOrderTest extends WithPaymentsFixture {

    private static String event(String id, String type, String orderId) {
        return EventEnvelope.wrap(id, type, URI.create("/cumulus/orders"), orderId, Instant.now(),
                "{\"orderId\":\"" + orderId + "\",\"customerId\":\"cus-1\",\"reason\":\"changed mind\","
                        + "\"cancelledAt\":\"2026-03-01T10:00:00Z\"}");
    }

    @Test
    void cancelledOrderVoidsItsPaymentOnce() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_approve");
        var function = fixture.function(VoidCancelledOrderFunction.class);

        function.run(event("e-1", "commerce.orders.order-cancelled.v1", orderId), context());
        function.run(event("e-1", "commerce.orders.order-cancelled.v1", orderId), context());

        assertThat(fixture.status(paymentId)).isEqualTo("VOIDED");
        assertThat(fixture.transitionsTo(paymentId, "VOIDED")).isEqualTo(1);
        assertThat(fixture.platform.tables().get("inbox", "payments-voids", "e-1")).isPresent();
    }

    @Test
    void otherEventsAndUnreadableMessagesAreSkipped() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_approve");
        var function = fixture.function(VoidCancelledOrderFunction.class);

        function.run(event("e-2", "commerce.orders.order-placed.v1", orderId), context());
        function.run("not an event", context());

        assertThat(fixture.status(paymentId)).isEqualTo("AUTHORISED");
    }
}
