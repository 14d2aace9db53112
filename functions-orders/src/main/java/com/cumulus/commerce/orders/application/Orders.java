package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.platform.documents.Page;
import java.util.List;
import java.util.Optional;

/**
 * Where orders are kept, each written together with the outbox events it causes (one transaction), so an order
 * never changes without its event and no event leaves for a change that did not happen.
 */
public interface Orders {

    /**
     * Writes a new order and its event together; when an order with that id exists already (a retried checkout)
     * writes nothing and answers the stored one.
     */
    Placement place(Order order, OrderEvent placed);

    /** Remembers who owns {@code orderId}, for the routes that know only the id; repeating it is harmless. */
    void recordOwner(OrderId orderId, String customerId);

    /** The order, when {@code customerId} owns it. */
    Optional<Order> findOwned(String customerId, OrderId orderId);

    /** The order by id alone (the saga's view). */
    Optional<Order> find(OrderId orderId);

    /**
     * Replaces the order when {@code changed.etag()} is still its version, writing {@code events} with it; empty
     * when another writer changed it since.
     */
    Optional<Order> update(Order changed, List<OrderEvent> events);

    /** One page of a customer's orders, newest first; empty for a continuation token issued elsewhere. */
    Optional<Page<Order>> listOwned(String customerId, int limit, String continuationToken);

    /** The stored order and whether this call created it. */
    record Placement(Order order, boolean created) {
    }
}
