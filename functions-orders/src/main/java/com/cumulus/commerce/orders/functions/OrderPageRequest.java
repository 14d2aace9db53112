package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.ListOrders;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/orders?limit=&continuationToken=}: which page of the caller's orders. */
record OrderPageRequest(int limit, Optional<String> continuationToken) {

    static Checked<OrderPageRequest, Problem> parse(Map<String, String> query) {
        var limitText = query.get("limit");
        int limit = ListOrders.DEFAULT_LIMIT;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > ListOrders.MAX_LIMIT) {
                return Checked.refused(
                        Problems.invalid("limit", "must be an integer from 1 to " + ListOrders.MAX_LIMIT));
            }
        }
        return Checked.valid(new OrderPageRequest(limit,
                Optional.ofNullable(query.get("continuationToken")).filter(token -> !token.isBlank())));
    }
}
