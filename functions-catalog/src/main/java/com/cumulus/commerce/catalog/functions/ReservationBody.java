package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationLine;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.Violation;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A reservation request as the saga sends it: {@code {"lines": [{"sku", "quantity"}]}}. */
record ReservationBody(List<LineBody> lines) {

    /** The lines this body asks for, or the 400 problem saying what is wrong with them. */
    Checked<List<ReservationLine>, Problem> accepted() {
        var violations = violations();
        if (!violations.isEmpty()) {
            return Checked.refused(Problems.invalid(violations));
        }
        return Checked.valid(
                lines.stream().map(line -> new ReservationLine(Sku.of(line.sku()), line.quantity())).toList());
    }

    private List<Violation> violations() {
        var found = new ArrayList<Violation>();
        if (lines == null || lines.isEmpty() || lines.size() > Reservation.MAX_LINES) {
            found.add(new Violation("lines", "must hold 1 to " + Reservation.MAX_LINES + " lines"));
            return found;
        }
        var skus = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var at = "lines[" + i + "]";
            if (line == null) {
                found.add(new Violation(at, "must be an object"));
                continue;
            }
            if (!Sku.isValid(line.sku())) {
                found.add(new Violation(at + ".sku", Sku.RULE));
            } else if (!skus.add(line.sku())) {
                found.add(new Violation(at + ".sku", "appears on another line; one line per SKU"));
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > ReservationLine.MAX_QUANTITY) {
                found.add(new Violation(at + ".quantity", "must be an integer from 1 to " + ReservationLine.MAX_QUANTITY));
            }
        }
        return found;
    }

    /** The saga passes the order-placed event's lines as they are, so their unit price is allowed and unused. */
    @JsonIgnoreProperties({"unitPrice"})
    record LineBody(String sku, Long quantity) {
    }
}
