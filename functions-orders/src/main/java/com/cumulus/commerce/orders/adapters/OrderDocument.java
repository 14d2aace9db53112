package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.OrderLine;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An order as stored in the {@code orders} container. {@code partitionKey} (the container's key path) is the
 * customer id; {@code kind} tells orders from the outbox and owner documents sharing the container;
 * {@code placedAtMillis} sorts the newest first (ISO text with varying fraction digits would not sort).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderDocument(String partitionKey, String kind, String orderId, String customerId, String status,
                     List<LineDocument> lines, Money total, String paymentMethod, Instant placedAt,
                     long placedAtMillis, Instant updatedAt, String sagaRunId, String reason) {

    private static final Set<String> LEGACY_IN_PROGRESS = Set.of("STOCK_RESERVED", "PAYMENT_AUTHORISED");

    static final String KIND = "order";

    static OrderDocument of(Order order) {
        return new OrderDocument(order.customerId(), KIND, order.id().value(), order.customerId(), order.status().name(),
                order.lines().stream().map(l -> new LineDocument(l.sku().value(), l.quantity(), l.unitPrice())).toList(),
                order.total(), order.paymentMethod(), order.placedAt(), order.placedAt().toEpochMilli(),
                order.updatedAt(), order.sagaRunId().orElse(null), order.reason().orElse(null));
    }

    Order toOrder(String etag) {
        return new Order(OrderId.of(orderId), customerId, statusOf(status),
                lines.stream().map(l -> new OrderLine(Sku.of(l.sku()), l.quantity(), l.unitPrice())).toList(), total,
                paymentMethod, placedAt, updatedAt, Optional.ofNullable(sagaRunId), Optional.ofNullable(reason), etag);
    }

    /**
     * Orders stored while the saga still mirrored its steps in the order ({@code STOCK_RESERVED},
     * {@code PAYMENT_AUTHORISED}) read as what they were for the customer: on their way, {@code PENDING}.
     */
    private static OrderStatus statusOf(String stored) {
        return LEGACY_IN_PROGRESS.contains(stored) ? OrderStatus.PENDING : OrderStatus.valueOf(stored);
    }

    record LineDocument(String sku, int quantity, Money unitPrice) {
    }
}
