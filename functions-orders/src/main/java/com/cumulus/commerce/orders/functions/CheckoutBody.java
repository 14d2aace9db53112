package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.CheckoutRequest;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import java.util.ArrayList;
import java.util.Currency;
import java.util.regex.Pattern;

/** {@code POST /api/checkout}: the cart to check out, in which currency, paid how. */
record CheckoutBody(String cartId, String currency, String paymentMethod) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PAYMENT_METHOD = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    /** The body with {@code defaultCurrency} filled in, or the 400 problem naming what is wrong with it. */
    Checked<CheckoutBody, Problem> checked(String defaultCurrency) {
        var violations = new ArrayList<Violation>();
        if (!CartId.isValid(cartId)) {
            violations.add(new Violation("cartId", CartId.RULE));
        }
        var chosen = currency == null ? defaultCurrency : currency;
        if (!CURRENCY.matcher(chosen).matches() || !isCurrency(chosen)) {
            violations.add(new Violation("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (paymentMethod == null || !PAYMENT_METHOD.matcher(paymentMethod).matches()) {
            violations.add(new Violation("paymentMethod",
                    "is required: 1 to 100 letters, digits, '_', '.', ':' or '-' (e.g. pm_sim_approve)"));
        }
        if (!violations.isEmpty()) {
            return Checked.refused(Problems.invalid(violations));
        }
        return Checked.valid(new CheckoutBody(cartId, chosen, paymentMethod));
    }

    CheckoutRequest command(String customerId, String idempotencyKey, String traceparent) {
        return new CheckoutRequest(customerId, idempotencyKey, CartId.of(cartId), currency, paymentMethod, traceparent);
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
