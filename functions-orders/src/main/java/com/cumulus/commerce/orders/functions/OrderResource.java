package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** An order as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderResource(String orderId, String status, List<Line> lines, Money total, String paymentMethod,
                     Instant placedAt, Instant updatedAt, String reason) {

    static OrderResource of(Order order) {
        return new OrderResource(order.id().value(), order.status().name(),
                order.lines().stream().map(l -> new Line(l.sku().value(), l.quantity(), l.unitPrice(), l.lineTotal()))
                        .toList(),
                order.total(), order.paymentMethod(), order.placedAt(), order.updatedAt(), order.reason().orElse(null));
    }

    static String location(Order order) {
        return "/api/orders/" + order.id();
    }

    record Line(String sku, int quantity, Money unitPrice, Money lineTotal) {
    }
}
