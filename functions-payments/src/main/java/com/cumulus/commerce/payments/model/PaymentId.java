package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.kernel.Base32Ids;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Violation;

/** One payment per order: {@code pay_} followed by the order id's 26 characters. */
public record PaymentId(String value) {

    public static final String PREFIX = "pay_";
    public static final String RULE = "must be 'pay_' and 26 characters a-z, 2-7";

    public PaymentId {
        if (!Base32Ids.matches(value, PREFIX)) {
            throw new IllegalArgumentException("'paymentId' must match " + Base32Ids.pattern(PREFIX));
        }
    }

    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    public static PaymentId forOrder(OrderId orderId) {
        return new PaymentId(PREFIX + orderId.suffix());
    }

    /** The payment id {@code text} names, or the refusal, for input from outside. */
    public static Checked<PaymentId, Violation> parse(String text) {
        return Checked.of("paymentId", text, PaymentId::new, RULE);
    }

    public static boolean isValid(String value) {
        return Base32Ids.matches(value, PREFIX);
    }

    public OrderId orderId() {
        return OrderId.of(OrderId.PREFIX + value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
