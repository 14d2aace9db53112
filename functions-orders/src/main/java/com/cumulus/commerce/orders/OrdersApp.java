package com.cumulus.commerce.orders;

import com.cumulus.commerce.orders.adapters.OrdersAdapters;
import com.cumulus.commerce.orders.application.CancelOrder;
import com.cumulus.commerce.orders.application.ListOrders;
import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.orders.application.RecordRefund;
import com.cumulus.commerce.orders.application.SaveCart;
import com.cumulus.commerce.orders.application.StartSaga;
import com.cumulus.commerce.orders.application.TransitionOrder;
import com.cumulus.commerce.orders.application.ViewCart;
import com.cumulus.commerce.orders.application.ViewOrder;
import com.cumulus.commerce.orders.functions.CancelOrderFunction;
import com.cumulus.commerce.orders.functions.CheckoutFunction;
import com.cumulus.commerce.orders.functions.GetCartFunction;
import com.cumulus.commerce.orders.functions.GetOrderFunction;
import com.cumulus.commerce.orders.functions.ListOrdersFunction;
import com.cumulus.commerce.orders.functions.OutboxRelayFunction;
import com.cumulus.commerce.orders.functions.PaymentRefundsFunction;
import com.cumulus.commerce.orders.functions.PutCartFunction;
import com.cumulus.commerce.orders.functions.StartSagaFunction;
import com.cumulus.commerce.orders.functions.TransitionOrderFunction;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.Inbox;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The orders app's composition root: ports on the platform, use cases on the ports, functions on the use cases. */
public final class OrdersApp {

    private final Platform platform;
    private final OrdersSettings settings;
    private final Map<Class<?>, Supplier<Object>> functions;

    public OrdersApp(Platform platform, OrdersSettings settings) {
        this(platform, settings, OrdersAdapters.catalogPrices(settings.catalogApiBaseUrl(), platform));
    }

    OrdersApp(Platform platform, OrdersSettings settings, ProductPrices prices) {
        this.platform = Objects.requireNonNull(platform, "'platform' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        var clock = platform.clock();
        var carts = OrdersAdapters.carts(platform);
        var ordersPorts = OrdersAdapters.orders(platform);
        var orders = ordersPorts.orders();

        var viewCart = new ViewCart(carts);
        var saveCart = new SaveCart(carts);
        var placeOrder = new PlaceOrder(carts, orders, prices, clock);
        var idempotent = new IdempotentRoute(new IdempotentRequests(IdempotencyRecords.inTable(platform.tables()),
                clock, settings.idempotencyTimeToLive(), platform.instance()));
        var viewOrder = new ViewOrder(orders);
        var listOrders = new ListOrders(orders);
        var cancelOrder = new CancelOrder(orders, clock);
        var transitionOrder = new TransitionOrder(orders, clock);
        var startSaga = new StartSaga(orders, clock);
        var recordRefund = new RecordRefund(transitionOrder, new Inbox(platform.tables(), clock));
        this.functions = Map.of(
                GetCartFunction.class, () -> new GetCartFunction(viewCart),
                PutCartFunction.class, () -> new PutCartFunction(saveCart),
                CheckoutFunction.class, () -> new CheckoutFunction(placeOrder, idempotent, settings.defaultCurrency()),
                ListOrdersFunction.class, () -> new ListOrdersFunction(listOrders),
                GetOrderFunction.class, () -> new GetOrderFunction(viewOrder),
                CancelOrderFunction.class, () -> new CancelOrderFunction(cancelOrder),
                StartSagaFunction.class, () -> new StartSagaFunction(startSaga),
                TransitionOrderFunction.class, () -> new TransitionOrderFunction(transitionOrder),
                OutboxRelayFunction.class, () -> new OutboxRelayFunction(ordersPorts.outbox()),
                PaymentRefundsFunction.class, () -> new PaymentRefundsFunction(recordRefund));
    }

    /**
     * Creates the topic subscriptions this app's events feed and reads, before any event is relayed, so an event
     * published before its consumer first starts still reaches it.
     */
    public void start() {
        OrdersAdapters.subscribe(platform.topics());
    }

    /** A function instance wired to this app's use cases. */
    public <T> T function(Class<T> type) {
        var supplier = functions.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("'type' is not an orders function: " + type.getName());
        }
        return type.cast(supplier.get());
    }

    public OrdersSettings settings() {
        return settings;
    }
}
