package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.OrdersSettings;
import com.cumulus.commerce.orders.application.Carts;
import com.cumulus.commerce.orders.application.OrderEvent;
import com.cumulus.commerce.orders.application.Orders;
import com.cumulus.commerce.orders.application.PaymentEvent;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.identity.ClientCredentialsTokens;
import com.cumulus.commerce.platform.identity.ServiceTokens;
import com.cumulus.commerce.platform.messaging.Topics;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The orders app's ports built on the platform; the adapters themselves stay package-private. */
public final class OrdersAdapters {

    public static final String ORDER_EVENTS = "order-events";
    public static final String PAYMENT_EVENTS = "payment-events";
    /**
     * The subscriptions of order-events that docs/checkout.md names, each with the event types its consumer acts
     * on (the broker leaves the others out); created at start so no event is lost.
     */
    public static final Map<String, Set<String>> ORDER_EVENT_SUBSCRIPTIONS = Map.of(
            "checkout-saga", Set.of(OrderEvent.PLACED),
            "catalog-releases", Set.of(OrderEvent.CANCELLED),
            "payments-voids", Set.of(OrderEvent.CANCELLED));
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

    /** The catalog's price lookup, with this app's service token from the issuer (client credentials). */
    public static ProductPrices catalogPrices(OrdersSettings settings, Platform platform) {
        ServiceTokens tokens = settings.identity().isPresent() && settings.clientSecret().isPresent()
                ? new ClientCredentialsTokens(settings.identity().get(), settings.clientId(),
                        settings.clientSecret().get(), platform.clock())
                : audience -> {
                    throw new IOException("IDENTITY_ISSUER or ORDERS_CLIENT_SECRET is not set");
                };
        return new CatalogHttpPrices(settings.catalogApiBaseUrl(), tokens, settings.catalogAudience(),
                platform.cache());
    }

    /** Creates the subscriptions this app publishes to and reads from; repeating it is harmless. */
    public static void subscribe(Topics topics) {
        ORDER_EVENT_SUBSCRIPTIONS.forEach((subscription, types) -> topics.subscribe(ORDER_EVENTS, subscription, types));
        topics.subscribe(PAYMENT_EVENTS, REFUNDS_SUBSCRIPTION, Set.of(PaymentEvent.REFUNDED));
    }

    /** The two faces of the orders container. */
    public record DocumentOrdersPorts(Orders orders, Outbox outbox) {
    }
}
