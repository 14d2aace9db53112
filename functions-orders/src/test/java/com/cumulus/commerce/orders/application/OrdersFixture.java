package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.orders.adapters.OrdersAdapters;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The orders use cases on the real local platform (embedded documents, tables, topics in a temp folder), with a
 * manual clock and a catalog whose prices a test sets.
 */
final class OrdersFixture implements AutoCloseable {

    static final String ALICE = "alice-subject";
    static final String BOB = "bob-subject";
    static final String ALICE_CART = "alice-cart-0123456789abcdef";
    static final String BOB_CART = "bob-cart-0123456789abcdefgh";
    static final String ANONYMOUS_CART = "anon-cart-0123456789abcdef";

    final ManualClock clock = ManualClock.startingAt("2026-03-01T10:00:00Z");
    final LocalPlatform platform;
    final Map<String, Money> catalog = new ConcurrentHashMap<>();
    /** The SKUs of every price lookup asked, one entry per lookup. */
    final List<Set<String>> priceLookups = new CopyOnWriteArrayList<>();
    final Carts carts;
    final Orders orders;
    final Outbox outbox;

    OrdersFixture(Path dataDir) {
        platform = new LocalPlatform(dataDir, clock);
        carts = OrdersAdapters.carts(platform);
        var ports = OrdersAdapters.orders(platform);
        orders = ports.orders();
        outbox = ports.outbox();
        OrdersAdapters.subscribe(platform.topics());
        price("85123A", 255);
        price("71053", 339);
    }

    void price(String sku, long eur) {
        catalog.put(sku + "/EUR", Money.of(eur, "EUR"));
    }

    ProductPrices prices() {
        return (skus, currency) -> {
            priceLookups.add(skus.stream().map(Sku::value).collect(Collectors.toSet()));
            var found = new HashMap<Sku, Money>();
            skus.forEach(sku -> Optional.ofNullable(catalog.get(sku.value() + "/" + currency))
                    .ifPresent(price -> found.put(sku, price)));
            return new ProductPrices.PriceList.Priced(found);
        };
    }

    SaveCart saveCart() {
        return new SaveCart(carts);
    }

    PlaceOrder placeOrder() {
        return new PlaceOrder(carts, orders, prices(), clock);
    }

    Cart cart(String cartId, String owner, Object... skuAndQuantity) {
        var lines = new ArrayList<Cart.RequestedLine>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new Cart.RequestedLine((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]));
        }
        var saved = (CartWriteResult.Saved) saveCart().save(CartId.of(cartId), owner, lines, null);
        return saved.cart();
    }

    CheckoutRequest checkout(String customer, String key, String cartId) {
        return new CheckoutRequest(customer, key, CartId.of(cartId), "EUR", "pm_sim_approve", null);
    }

    /** Alice's cart with two lines, checked out: a PENDING order. */
    Order alicesOrder(String key) {
        var lines = List.of(new Cart.RequestedLine("85123A", 2), new Cart.RequestedLine("71053", 1));
        var etag = carts.find(CartId.of(ALICE_CART)).map(cart -> EntityTags.quoted(cart.etag())).orElse(null);
        saveCart().save(CartId.of(ALICE_CART), ALICE, lines, etag);
        return ((CheckoutResult.Placed) placeOrder().place(checkout(ALICE, key, ALICE_CART))).order();
    }

    Order moved(Order order, OrderStatus... path) {
        var transition = new TransitionOrder(orders, clock);
        var current = order;
        for (var status : path) {
            current = transition.transition(current.id(), status, null, null).orElseThrow().order();
        }
        return current;
    }

    DocumentContainer ordersContainer() {
        return platform.documents().container("orders");
    }

    /** The outbox events waiting in a customer's partition, as their CloudEvent JSON. */
    List<JsonNode> outboxEvents(String customerId) {
        var query = new DocumentQuery(customerId,
                List.of(new DocumentQuery.Compare("kind", DocumentQuery.Operator.EQ, "outbox")), null, 100, null);
        return ordersContainer().query(query).items().stream().map(OrdersFixture::event).toList();
    }

    List<Document> outboxDocuments(String customerId) {
        var query = new DocumentQuery(customerId,
                List.of(new DocumentQuery.Compare("kind", DocumentQuery.Operator.EQ, "outbox")), null, 100, null);
        return ordersContainer().query(query).items();
    }

    /** The orders change feed as the Cosmos DB trigger hands it to the relay: a JSON array with system properties. */
    String changeFeedBatch(String lease) {
        return ChangeFeedBatch.of(ordersContainer().changeFeed(lease).next(1000));
    }

    private static JsonNode event(Document document) {
        try {
            return Json.mapper().readTree(document.json()).get("event");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        platform.close();
    }
}
