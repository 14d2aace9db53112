package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.Carts;
import com.cumulus.commerce.orders.application.Orders;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.List;
import java.util.Optional;

/** The orders app's ports built on the platform; the adapters themselves stay package-private. */
public final class OrdersAdapters {

    public static final String ORDER_EVENTS = "order-events";
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

    /** The orders container, and its outbox relayed to {@code order-events}. */
    public static DocumentOrdersPorts orders(Platform platform) {
        var container = platform.documents().container(DocumentOrders.CONTAINER);
        return new DocumentOrdersPorts(new DocumentOrders(container),
                new Outbox(container, platform.topics(), ORDER_EVENTS));
    }

    public static ProductPrices catalogPrices(Optional<String> catalogBaseUrl, Platform platform) {
        return new CatalogHttpPrices(catalogBaseUrl, platform.cache());
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
