package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.platform.http.Problems;

/** {@code POST /api/orders/{orderId}/saga}: the workflow run claiming the order, and the event it runs for. */
record SagaBody(String runId, String eventId) {

    static final int MAX_TEXT = 200;

    Parsed<SagaBody> checked() {
        if (!isText(runId)) {
            return Parsed.failed(Problems.invalid("runId", "is required: 1 to " + MAX_TEXT + " characters"));
        }
        if (eventId != null && !isText(eventId)) {
            return Parsed.failed(Problems.invalid("eventId", "must be 1 to " + MAX_TEXT + " characters"));
        }
        return Parsed.ok(this);
    }

    private static boolean isText(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_TEXT;
    }
}
