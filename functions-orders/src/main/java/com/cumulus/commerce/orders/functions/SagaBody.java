package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;

/** {@code POST /api/orders/{orderId}/saga}: the workflow run claiming the order, and the event it runs for. */
record SagaBody(String runId, String eventId) {

    static final int MAX_TEXT = 200;

    Checked<SagaBody, Problem> checked() {
        if (!isText(runId)) {
            return Checked.refused(Problems.invalid("runId", "is required: 1 to " + MAX_TEXT + " characters"));
        }
        if (eventId != null && !isText(eventId)) {
            return Checked.refused(Problems.invalid("eventId", "must be 1 to " + MAX_TEXT + " characters"));
        }
        return Checked.valid(this);
    }

    private static boolean isText(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_TEXT;
    }
}
