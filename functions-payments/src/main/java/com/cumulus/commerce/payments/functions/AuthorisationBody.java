package com.cumulus.commerce.payments.functions;

/** {@code POST /api/payments}: {@code {"orderId", "customerId", "amount", "paymentMethod"}}. */
record AuthorisationBody(String orderId, String customerId, MoneyBody amount, String paymentMethod) {
}
