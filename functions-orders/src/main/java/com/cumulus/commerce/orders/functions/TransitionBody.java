package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import java.util.Arrays;

/** {@code POST /api/orders/{orderId}/transitions}: the state the saga moves the order to, and why. */
record TransitionBody(String to, String reason) {

    static final int MAX_REASON = SagaBody.MAX_TEXT * 5;

    /** The state asked for, or the 400 problem naming what is wrong. */
    Checked<TransitionBody, Problem> checked() {
        var names = Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
        if (to == null || !names.contains(to)) {
            return Checked.refused(Problems.invalid("to", "must be one of " + names));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            return Checked.refused(Problems.invalid("reason", "must be at most " + MAX_REASON + " characters"));
        }
        return Checked.valid(this);
    }

    OrderStatus status() {
        return OrderStatus.valueOf(to);
    }
}
