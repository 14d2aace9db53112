package com.cumulus.commerce.orders.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.application.ProductPrices.PriceLookup;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.money.Money;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogHttpPricesTest {

    private final Map<String, String> products = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, String> cached = new ConcurrentHashMap<>();
    private final Cache cache = new Cache() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(cached.get(key));
        }

        @Override
        public void put(String key, String value, Duration timeToLive) {
            cached.put(key, value);
        }

        @Override
        public void delete(String key) {
            cached.remove(key);
        }
    };
    private HttpServer catalog;
    private CatalogHttpPrices prices;

    @BeforeEach
    void start() throws Exception {
        catalog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        catalog.createContext("/api/products/", exchange -> {
            calls.incrementAndGet();
            var sku = exchange.getRequestURI().getPath().substring("/api/products/".length());
            var body = products.get(sku);
            var bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : sku.equals("BROKEN") ? 500 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        catalog.start();
        prices = new CatalogHttpPrices(Optional.of("http://127.0.0.1:" + catalog.getAddress().getPort() + "/api"),
                cache);
        products.put("85123A", """
                {"sku": "85123A", "title": "Heart", "prices": {"EUR": {"amount": 345, "currency": "EUR"}}}""");
        products.put("BROKEN", "{}");
    }

    @AfterEach
    void stop() {
        catalog.stop(0);
    }

    @Test
    void readsThePriceInTheCurrencyAndCachesTheProductsPrices() {
        assertThat(prices.price("85123A", "EUR")).isEqualTo(new PriceLookup.Priced(Money.of(345, "EUR")));
        assertThat(prices.price("85123A", "EUR")).isEqualTo(new PriceLookup.Priced(Money.of(345, "EUR")));

        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingProductOrCurrencyIsNotPriced() {
        assertThat(prices.price("85123A", "GBP")).isInstanceOf(PriceLookup.NotPriced.class);
        assertThat(prices.price("NOPE", "EUR")).isInstanceOf(PriceLookup.NotPriced.class);
    }

    @Test
    void aFailingOrUnreachableCatalogIsUnavailable() {
        assertThat(prices.price("BROKEN", "EUR")).isInstanceOf(PriceLookup.Unavailable.class);
        catalog.stop(0);
        assertThat(prices.price("71053", "EUR")).isInstanceOf(PriceLookup.Unavailable.class);
    }

    @Test
    void withoutABaseUrlTheCatalogIsUnavailable() {
        assertThat(new CatalogHttpPrices(Optional.empty(), cache).price("85123A", "EUR"))
                .isInstanceOf(PriceLookup.Unavailable.class);
    }
}
