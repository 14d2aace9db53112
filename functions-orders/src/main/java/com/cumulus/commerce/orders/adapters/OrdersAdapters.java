package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.Carts;
import com.cumulus.commerce.orders.application.OrderEventBus;
import com.cumulus.commerce.orders.application.Orders;
import com.cumulus.commerce.orders.application.Outbox;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.List;
import java.util.Optional;

/** The orders app's ports built on the platform; the adapters themselves stay package-private. */
public final class OrdersAdapters {

    public static final String ORDER_EVENTS = TopicOrderEventBus.TOPIC;
    public static final String PAYMENT_EVENTS = "payment-events";
    /** The subscriptions of order-events that docs/checkout.md names; created at start so no event is lost. */
    public static final List<String> ORDER_EVENT_SUBSCRIPTIONS =
            List.of("checkout-saga", "catalog-releases", "payments-voids");
    public static final String REFUNDS_SUBSCRIPTION = "orders-refunds";

    private OrdersAdapters() {
    }

    public static Carts carts(Platform platform) {
        return new TableCarts(platform.tables(), platform.clock());
    }

    /** The orders container; the same object is the relay's {@link Outbox}. */
    public static DocumentOrdersPorts orders(Platform platform) {
        var orders = new DocumentOrders(platform.documents().container(DocumentOrders.CONTAINER));
        return new DocumentOrdersPorts(orders, orders);
    }

    public static ProductPrices catalogPrices(Optional<String> catalogBaseUrl, Platform platform) {
        return new CatalogHttpPrices(catalogBaseUrl, platform.cache());
    }

    public static OrderEventBus orderEventBus(Platform platform) {
        return new TopicOrderEventBus(platform.topics());
    }

    /** Creates the subscriptions this app publishes to and reads from; repeating it is harmless. */
    public static void subscribe(Topics topics) {
        ORDER_EVENT_SUBSCRIPTIONS.forEach(subscription -> topics.subscribe(ORDER_EVENTS, subscription));
        topics.subscribe(PAYMENT_EVENTS, REFUNDS_SUBSCRIPTION);
    }

    /** The two faces of the orders container. */
    public record DocumentOrdersPorts(Orders orders, Outbox outbox) {
    }
}
