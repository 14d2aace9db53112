package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.platform.http.Problems;

/** {@code POST .../approval}: {@code {"approved": true|false}}. */
record ApprovalBody(Boolean approved) {

    Parsed<Boolean> approval() {
        return approved == null ? Parsed.failed(Problems.invalidRequest("'approved' must be true or false"))
                : Parsed.ok(approved);
    }
}
