package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.OrderIds;
import com.cumulus.commerce.orders.model.OrderLine;
import com.cumulus.commerce.platform.Clock;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * Checkout: prices the customer's cart with the catalog's current prices (one lookup for all its lines), writes the order ({@code PENDING}) and
 * its order-placed event in one transaction, then empties the cart. The order id comes from the customer and the
 * Idempotency-Key, so a checkout retried after a crash finds the order its first attempt wrote instead of
 * placing a second one.
 */
public final class PlaceOrder {

    private static final System.Logger LOG = System.getLogger(PlaceOrder.class.getName());

    private final Carts carts;
    private final Orders orders;
    private final ProductPrices prices;
    private final Clock clock;

    public PlaceOrder(Carts carts, Orders orders, ProductPrices prices, Clock clock) {
        this.carts = Objects.requireNonNull(carts, "'carts' must not be null");
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
        this.prices = Objects.requireNonNull(prices, "'prices' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public CheckoutResult place(CheckoutRequest request) {
        var orderId = OrderIds.derive(request.customerId(), request.idempotencyKey());
        var earlier = orders.findOwned(request.customerId(), orderId);
        if (earlier.isPresent()) {
            return new CheckoutResult.Placed(earlier.get(), false);
        }
        var found = carts.find(request.cartId()).filter(cart -> cart.isVisibleTo(request.customerId()));
        if (found.isEmpty()) {
            return new CheckoutResult.CartNotFound(request.cartId());
        }
        var cart = found.get();
        if (cart.lines().isEmpty()) {
            return new CheckoutResult.CartEmpty(cart.id());
        }
        var skus = new LinkedHashSet<Sku>();
        cart.lines().forEach(line -> skus.add(line.sku()));
        var lookup = prices.prices(skus, request.currency());
        if (lookup instanceof ProductPrices.PriceList.Unavailable unavailable) {
            return new CheckoutResult.CatalogUnavailable(unavailable.reason());
        }
        var unitPrices = ((ProductPrices.PriceList.Priced) lookup).unitPrices();
        var lines = new ArrayList<OrderLine>();
        var unpriced = new ArrayList<Sku>();
        for (var line : cart.lines()) {
            var unitPrice = unitPrices.get(line.sku());
            if (unitPrice != null && unitPrice.currency().equals(request.currency())) {
                lines.add(new OrderLine(line.sku(), line.quantity(), unitPrice));
            } else {
                unpriced.add(line.sku());
            }
        }
        if (!unpriced.isEmpty()) {
            return new CheckoutResult.Unpriced(unpriced, request.currency());
        }
        var order = Order.place(orderId, request.customerId(), lines, request.paymentMethod(), clock.now());
        orders.recordOwner(orderId, request.customerId());
        var placement = orders.place(order, OrderEvent.placed(order, request.traceparent()));
        emptyQuietly(cart);
        return new CheckoutResult.Placed(placement.order(), placement.created());
    }

    /** The order is placed whatever happens here; a cart left full is a nuisance, not a lost order. */
    private void emptyQuietly(Cart cart) {
        try {
            if (carts.replace(cart.emptied()).isEmpty()) {
                LOG.log(Level.WARNING, "order placed but cart " + cart.id() + " was not emptied: it changed meanwhile");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "order placed but cart " + cart.id() + " was not emptied: " + e);
        }
    }
}
