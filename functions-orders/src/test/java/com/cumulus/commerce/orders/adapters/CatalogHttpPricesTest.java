package com.cumulus.commerce.orders.adapters;

import java.util.stream.Stream;
import java.util.stream.Collectors;
import com.cumulus.commerce.platform.kernel.Sku;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.application.ProductPrices.PriceList;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.money.Money;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogHttpPricesTest {

    private static final String AUDIENCE = "api://cumulus-catalog";

    private final Map<String, String> products = new ConcurrentHashMap<>();
    /** The skus parameter of every lookup the catalog answered. */
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
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
    private volatile int status = 200;
    private HttpServer catalog;
    private CatalogHttpPrices prices;

    @BeforeEach
    void start() throws Exception {
        catalog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        catalog.createContext("/api/products/prices/lookup", exchange -> {
            var query = exchange.getRequestURI().getRawQuery();
            var skus = URLDecoder.decode(query.substring("skus=".length()), StandardCharsets.UTF_8);
            lookups.add(skus);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            var items = new ArrayList<String>();
            var unknown = new ArrayList<String>();
            for (var sku : skus.split(",")) {
                if (products.containsKey(sku)) {
                    items.add("{\"sku\": \"" + sku + "\", \"prices\": " + products.get(sku) + "}");
                } else {
                    unknown.add("\"" + sku + "\"");
                }
            }
            var bytes = ("{\"items\": [" + String.join(",", items) + "], \"unknown\": [" + String.join(",", unknown)
                    + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        catalog.start();
        prices = new CatalogHttpPrices(Optional.of("http://127.0.0.1:" + catalog.getAddress().getPort() + "/api"),
                audience -> "token-for-" + audience, AUDIENCE, cache);
        products.put("85123A", "{\"EUR\": {\"amount\": 345, \"currency\": \"EUR\"}}");
        products.put("71053", "{\"EUR\": {\"amount\": 1275, \"currency\": \"EUR\"}, "
                + "\"GBP\": {\"amount\": 1100, \"currency\": \"GBP\"}}");
    }

    @AfterEach
    void stop() {
        catalog.stop(0);
    }

    @Test
    void pricesEveryLineOfACartInOneCallWithAServiceTokenAndCachesEachProductsPrices() {
        var expected = new PriceList.Priced(Map.of(Sku.of("85123A"), Money.of(345, "EUR"), Sku.of("71053"), Money.of(1275, "EUR")));

        assertThat(prices.prices(skus("85123A", "71053"), "EUR")).isEqualTo(expected);
        assertThat(prices.prices(skus("85123A", "71053"), "EUR")).isEqualTo(expected);

        assertThat(lookups).containsExactly("85123A,71053");
        assertThat(authorizations).containsExactly("Bearer token-for-" + AUDIENCE);
    }

    @Test
    void asksOnlyForTheSkusNotCachedYet() {
        prices.prices(skus("85123A"), "EUR");

        assertThat(prices.prices(skus("85123A", "71053"), "GBP"))
                .isEqualTo(new PriceList.Priced(Map.of(Sku.of("71053"), Money.of(1100, "GBP"))));

        assertThat(lookups).containsExactly("85123A", "71053");
    }

    @Test
    void aMissingProductOrCurrencyIsNotPricedAndAnUnknownSkuIsRemembered() {
        assertThat(prices.prices(skus("85123A", "NOPE"), "GBP")).isEqualTo(new PriceList.Priced(Map.of()));
        assertThat(prices.prices(skus("NOPE"), "EUR")).isEqualTo(new PriceList.Priced(Map.of()));

        assertThat(lookups).containsExactly("85123A,NOPE");
    }

    @Test
    void aFailingOrUnreachableCatalogIsUnavailable() {
        status = 500;
        assertThat(prices.prices(skus("85123A"), "EUR")).isInstanceOf(PriceList.Unavailable.class);
        catalog.stop(0);
        assertThat(prices.prices(skus("71053"), "EUR")).isInstanceOf(PriceList.Unavailable.class);
    }

    @Test
    void withoutAServiceTokenTheCatalogIsUnavailable() {
        var noToken = new CatalogHttpPrices(Optional.of("http://127.0.0.1:" + catalog.getAddress().getPort() + "/api"),
                audience -> {
                    throw new IOException("issuer down");
                }, AUDIENCE, cache);

        assertThat(noToken.prices(skus("85123A"), "EUR")).isInstanceOf(PriceList.Unavailable.class);
        assertThat(lookups).isEmpty();
    }

    @Test
    void withoutABaseUrlTheCatalogIsUnavailable() {
        assertThat(new CatalogHttpPrices(Optional.empty(), audience -> "t", AUDIENCE, cache)
                .prices(skus("85123A"), "EUR")).isInstanceOf(PriceList.Unavailable.class);
    }

    private static Set<Sku> skus(String... skus) {
        return Stream.of(skus).map(Sku::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
