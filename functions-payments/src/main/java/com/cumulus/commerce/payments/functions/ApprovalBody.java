package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;

/** {@code POST .../approval}: {@code {"approved": true|false}}. */
record ApprovalBody(Boolean approved) {

    Checked<Boolean, Problem> approval() {
        return approved == null ? Checked.refused(Problems.invalidRequest("'approved' must be true or false"))
                : Checked.valid(approved);
    }
}
