package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.orders.application.SagaStart;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.Transition;
import com.cumulus.commerce.platform.http.Problems;
import java.util.LinkedHashMap;

/** Each order result as its answer; an order is private to its owner, so never cached on the way. */
final class OrderAnswers {

    private OrderAnswers() {
    }

    static Answer found(Order order) {
        return privately(Answer.ok(OrderResource.of(order)));
    }

    static Answer notFound(Object orderId) {
        return Answer.problem(Problems.notFound("order " + orderId + " does not exist"));
    }

    static Answer of(Transition transition) {
        if (transition instanceof Transition.Refused refused) {
            return Answer.problem(OrderProblems.illegalTransition(refused.detail())
                    .with("from", refused.from().name())
                    .with("to", refused.to().name()));
        }
        return found(transition.order());
    }

    static Answer of(SagaStart start) {
        var body = new LinkedHashMap<String, Object>();
        body.put("orderId", start.order().id());
        body.put("status", start.order().status().name());
        body.put("duplicate", start.duplicate());
        return privately(Answer.ok(body));
    }

    static Answer privately(Answer answer) {
        return answer.header("Cache-Control", "private, no-store");
    }
}
