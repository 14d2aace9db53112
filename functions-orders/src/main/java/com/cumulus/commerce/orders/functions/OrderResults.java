package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.SagaStart;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.Transition;
import java.util.LinkedHashMap;

/** Maps the outcomes of the order use cases to replies. */
final class OrderResults {

    private OrderResults() {
    }

    static Reply found(Order order) {
        return Reply.ok(OrderResource.of(order));
    }

    static Reply of(Transition transition) {
        if (transition instanceof Transition.Refused refused) {
            return Reply.refused(OrderProblems.illegalTransition(refused.detail())
                    .with("from", refused.from().name())
                    .with("to", refused.to().name()));
        }
        return found(transition.order());
    }

    static Reply of(SagaStart start) {
        var body = new LinkedHashMap<String, Object>();
        body.put("orderId", start.order().id());
        body.put("status", start.order().status().name());
        body.put("duplicate", start.duplicate());
        return Reply.ok(body);
    }
}
