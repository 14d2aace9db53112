package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.money.Money;

/** {@code POST .../refunds}: {@code {"amount": {"amount", "currency"}}}. */
record RefundBody(MoneyBody amount) {

    /** The body when it asks for a positive amount, or the 400 problem. */
    Checked<RefundBody, Problem> checked() {
        return amount != null && amount.toPositiveMoney().isPresent() ? Checked.valid(this)
                : Checked.refused(Problems.invalidRequest(
                        "'amount' must be a positive amount in minor units with an ISO 4217 currency"));
    }

    Money money() {
        return amount.toPositiveMoney().orElseThrow();
    }
}
