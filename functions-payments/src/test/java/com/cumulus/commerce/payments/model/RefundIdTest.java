package com.cumulus.commerce.payments.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundIdTest {

    private static final PaymentId PAYMENT = PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz");

    @Test
    void sameCallerKeyAndPaymentGiveTheSameRefundId() {
        var first = RefundId.derive("operator-1", "key-1", PAYMENT);

        assertThat(RefundId.isValid(first.value())).as(first.value()).isTrue();
        assertThat(RefundId.derive("operator-1", "key-1", PAYMENT)).isEqualTo(first);
        assertThat(RefundId.derive("operator-2", "key-1", PAYMENT)).isNotEqualTo(first);
        assertThat(RefundId.derive("operator-1", "key-2", PAYMENT)).isNotEqualTo(first);
    }
}
