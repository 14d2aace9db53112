package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.money.Money;
import java.util.Optional;

/** {@code POST /api/payments}: the order the saga authorises a payment for. */
record AuthorisationBody(String orderId, String customerId, MoneyBody amount, String paymentMethod) {

    private static final int MAX_TEXT = 200;

    /** What the saga asks for, or the 400 problem when any part is missing or malformed. */
    Checked<Authorisation, Problem> authorisation() {
        var money = amount == null ? Optional.<Money>empty() : amount.toPositiveMoney();
        if (!OrderId.isValid(orderId) || blank(customerId) || blank(paymentMethod) || money.isEmpty()) {
            return Checked.refused(Problems.invalidRequest("orderId (ord_ and 26 lowercase base-32 characters), "
                    + "customerId, a positive amount in an ISO 4217 currency and paymentMethod are required"));
        }
        return Checked.valid(new Authorisation(OrderId.of(orderId), customerId, money.get(), paymentMethod));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank() || value.length() > MAX_TEXT;
    }

    record Authorisation(OrderId orderId, String customerId, Money amount, String paymentMethod) {
    }
}
