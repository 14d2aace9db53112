package com.cumulus.commerce.orders;

import static com.cumulus.commerce.functions.support.FunctionCatalog.serves;

import com.cumulus.commerce.functions.support.FunctionApp;
import com.cumulus.commerce.functions.support.FunctionCatalog;
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

import java.util.Objects;


/** The orders app's composition root: ports on the platform, use cases on the ports, functions on the use cases. */
public final class OrdersApp implements FunctionApp {

    private final Platform platform;
    private final OrdersSettings settings;
    private final FunctionCatalog functions;

    public OrdersApp(Platform platform, OrdersSettings settings) {
        this(platform, settings, OrdersAdapters.catalogPrices(settings, platform));
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
        var recordRefund = new RecordRefund(transitionOrder, new Inbox(platform.tables(), clock, platform.instance()));
        this.functions = FunctionCatalog.of("orders",
                serves(GetCartFunction.class, () -> new GetCartFunction(viewCart)),
                serves(PutCartFunction.class, () -> new PutCartFunction(saveCart)),
                serves(CheckoutFunction.class,
                        () -> new CheckoutFunction(placeOrder, idempotent, settings.defaultCurrency())),
                serves(ListOrdersFunction.class, () -> new ListOrdersFunction(listOrders)),
                serves(GetOrderFunction.class, () -> new GetOrderFunction(viewOrder)),
                serves(CancelOrderFunction.class, () -> new CancelOrderFunction(cancelOrder)),
                serves(StartSagaFunction.class, () -> new StartSagaFunction(startSaga)),
                serves(TransitionOrderFunction.class, () -> new TransitionOrderFunction(transitionOrder)),
                serves(OutboxRelayFunction.class, () -> new OutboxRelayFunction(ordersPorts.outbox())),
                serves(PaymentRefundsFunction.class, () -> new PaymentRefundsFunction(recordRefund)));
    }

    /**
     * Creates the topic subscriptions this app's events feed and reads, before any event is relayed, so an event
     * published before its consumer first starts still reaches it.
     */
    @Override
    public void start() {
        OrdersAdapters.subscribe(platform.topics());
    }

    /** A function instance wired to this app's use cases. */
    @Override
    public <T> T function(Class<T> type) {
        return functions.get(type);
    }

    public OrdersSettings settings() {
        return settings;
    }
}
