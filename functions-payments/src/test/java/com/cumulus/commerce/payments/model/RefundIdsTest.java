package com.cumulus.commerce.payments.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundIdsTest {

    @Test
    void sameCallerKeyAndPaymentGiveTheSameRefundId() {
        var first = RefundIds.derive("operator-1", "key-1", "pay_abcdefghijklmnopqrstuvwxyz");

        assertThat(RefundIds.isRefundId(first)).as(first).isTrue();
        assertThat(RefundIds.derive("operator-1", "key-1", "pay_abcdefghijklmnopqrstuvwxyz")).isEqualTo(first);
        assertThat(RefundIds.derive("operator-2", "key-1", "pay_abcdefghijklmnopqrstuvwxyz")).isNotEqualTo(first);
        assertThat(RefundIds.derive("operator-1", "key-2", "pay_abcdefghijklmnopqrstuvwxyz")).isNotEqualTo(first);
    }
}
