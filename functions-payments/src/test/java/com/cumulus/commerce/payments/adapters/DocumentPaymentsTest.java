package com.cumulus.commerce.payments.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.PspOutcome;
import com.cumulus.commerce.payments.model.Refund;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.money.Money;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payment document keeps its ids as the strings they were before the model held typed ids. */
class DocumentPaymentsTest {

    private static final OrderId ORDER = OrderId.of("ord_abcdefghijklmnopqrstuvwxyz");
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER);
    private static final RefundId REFUND = RefundId.of("ref_abcdefghijklmnopqrstuvwxyz");

    @TempDir
    Path dataDir;

    @Test
    void idsAreStoredAsStringsAndReadBackAsIds() throws Exception {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var payments = PaymentsAdapters.payments(platform.documents());
            var now = Instant.parse("2026-03-01T10:00:00Z");
            var payment = Payment.started(ORDER, "cus-1", Money.of(5000, "EUR"), "pm", now)
                    .finalise(new PspOutcome.Authorised("psp_1"), now, "test").orElseThrow().captured(now);
            var refunded = payment.withRefund(Refund.requested(REFUND, Money.of(100, "EUR"), "oscar", now, true), now);
            assertThat(payments.create(refunded)).isTrue();

            var stored = platform.documents().container(PaymentsAdapters.PAYMENTS)
                    .read(PAYMENT.value(), PAYMENT.value()).orElseThrow();
            var node = DocumentJson.MAPPER.readTree(stored.json());

            assertThat(node.get("paymentId").isTextual()).isTrue();
            assertThat(node.get("paymentId").asText()).isEqualTo("pay_abcdefghijklmnopqrstuvwxyz");
            assertThat(node.get("orderId").asText()).isEqualTo("ord_abcdefghijklmnopqrstuvwxyz");
            assertThat(node.get("refunds").get(0).get("refundId").isTextual()).isTrue();
            assertThat(node.get("refunds").get(0).get("refundId").asText()).isEqualTo(REFUND.value());
            assertThat(payments.find(PAYMENT).orElseThrow().payment()).isEqualTo(refunded);
        }
    }
}
