package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.Order;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An event about one order, written to the outbox with the order change that caused it and relayed to the
 * {@code order-events} topic as a CloudEvent (source {@value #SOURCE}, subject the order id).
 *
 * @param traceparent the W3C trace context of the request that caused it, or null
 */
public record OrderEvent(String id, String type, OrderId orderId, String customerId, Instant time,
                         Map<String, Object> data, String traceparent) {

    public static final String SOURCE = "/cumulus/orders";
    public static final String PLACED = "commerce.orders.order-placed.v1";
    public static final String CANCELLED = "commerce.orders.order-cancelled.v1";
    public static final String CONFIRMED = "commerce.orders.order-confirmed.v1";
    public static final String FAILED = "commerce.orders.order-failed.v1";
    public static final List<String> TYPES = List.of(PLACED, CANCELLED, CONFIRMED, FAILED);

    public OrderEvent {
        Objects.requireNonNull(id, "'id' must not be null");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("'type' must be one of " + TYPES);
        }
        Objects.requireNonNull(orderId, "'orderId' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(time, "'time' must not be null");
        data = Map.copyOf(data);
    }

    public static OrderEvent placed(Order order, String traceparent) {
        var lines = order.lines().stream().map(line -> Map.<String, Object>of(
                "sku", line.sku().value(), "quantity", line.quantity(), "unitPrice", line.unitPrice())).toList();
        var data = base(order);
        data.put("lines", lines);
        data.put("total", order.total());
        data.put("paymentMethod", order.paymentMethod());
        data.put("placedAt", order.placedAt());
        return new OrderEvent(UUID.randomUUID().toString(), PLACED, order.id(), order.customerId(),
                order.placedAt(), data, traceparent);
    }

    /** The event a move into {@code order.status()} announces; empty when that state announces none. */
    public static Optional<OrderEvent> ofMove(Order order, String traceparent) {
        var data = base(order);
        String type;
        switch (order.status()) {
            case CANCELLED -> {
                type = CANCELLED;
                data.put("reason", order.reason().orElse("cancelled"));
                data.put("cancelledAt", order.updatedAt());
            }
            case FAILED -> {
                type = FAILED;
                data.put("reason", order.reason().orElse("failed"));
                data.put("failedAt", order.updatedAt());
            }
            case CONFIRMED -> {
                type = CONFIRMED;
                data.put("total", order.total());
                data.put("confirmedAt", order.updatedAt());
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new OrderEvent(UUID.randomUUID().toString(), type, order.id(), order.customerId(),
                order.updatedAt(), data, traceparent));
    }

    private static Map<String, Object> base(Order order) {
        var data = new LinkedHashMap<String, Object>();
        data.put("orderId", order.id().value());
        data.put("customerId", order.customerId());
        return data;
    }
}
