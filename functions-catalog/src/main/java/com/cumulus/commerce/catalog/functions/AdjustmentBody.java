package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.StockAdjustment;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import java.util.ArrayList;
import java.util.List;

/** A stock adjustment as a client sends it. */
record AdjustmentBody(Long delta, String reason) {

    /** The adjustment this body asks for, or the 400 problem saying what is wrong with it. */
    Checked<StockAdjustment, Problem> adjustment() {
        var violations = violations();
        return violations.isEmpty() ? Checked.valid(toAdjustment()) : Checked.refused(Problems.invalid(violations));
    }

    List<Violation> violations() {
        var found = new ArrayList<Violation>();
        if (delta == null) {
            found.add(new Violation("delta", "is required"));
        } else if (delta == 0) {
            found.add(new Violation("delta", "must not be zero"));
        }
        if (reason == null || reason.isBlank()) {
            found.add(new Violation("reason", "is required and must not be blank"));
        } else if (reason.length() > StockAdjustment.MAX_REASON) {
            found.add(new Violation("reason", "must be at most " + StockAdjustment.MAX_REASON + " characters"));
        }
        return found;
    }

    StockAdjustment toAdjustment() {
        return new StockAdjustment(delta, reason);
    }
}
