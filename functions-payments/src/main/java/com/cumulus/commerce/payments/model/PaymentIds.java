package com.cumulus.commerce.payments.model;

import java.util.regex.Pattern;

/** One payment per order: {@code pay_} followed by the order id's 26 characters. */
public final class PaymentIds {

    private static final Pattern ORDER_ID = Pattern.compile("ord_[0-9a-z]{26}");
    private static final Pattern PAYMENT_ID = Pattern.compile("pay_[0-9a-z]{26}");

    private PaymentIds() {
    }

    public static boolean isOrderId(String value) {
        return value != null && ORDER_ID.matcher(value).matches();
    }

    public static boolean isPaymentId(String value) {
        return value != null && PAYMENT_ID.matcher(value).matches();
    }

    public static String forOrder(String orderId) {
        if (!isOrderId(orderId)) {
            throw new IllegalArgumentException("'orderId' must be ord_ and 26 lowercase base-32 characters");
        }
        return "pay_" + orderId.substring(4);
    }

    public static String orderOf(String paymentId) {
        if (!isPaymentId(paymentId)) {
            throw new IllegalArgumentException("'paymentId' must be pay_ and 26 lowercase base-32 characters");
        }
        return "ord_" + paymentId.substring(4);
    }
}
