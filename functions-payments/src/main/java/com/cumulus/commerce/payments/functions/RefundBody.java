package com.cumulus.commerce.payments.functions;

/** {@code POST .../refunds}: {@code {"amount": {"amount", "currency"}}}. */
record RefundBody(MoneyBody amount) {
}
