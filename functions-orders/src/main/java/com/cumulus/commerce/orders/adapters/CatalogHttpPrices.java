package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
import com.cumulus.commerce.platform.identity.ServiceTokens;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices from the catalog's price lookup, {@code GET /products/prices/lookup?skus=...}: every SKU of a cart the
 * cache does not hold, in one call with a service token. A product's prices are kept in the shared cache for a
 * few seconds, so a busy checkout does not ask the catalog for the same SKU again and again, while a price
 * change still reaches checkout within that time. A slow catalog fails fast: a checkout is better refused (503)
 * than left hanging.
 */
final class CatalogHttpPrices implements ProductPrices {

    static final Duration CACHE_TIME = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String NOT_FOUND = "{}";

    private final Optional<URI> baseUrl;
    private final ServiceTokens tokens;
    private final String catalogAudience;
    private final HttpClient client;
    private final Cache cache;

    CatalogHttpPrices(Optional<String> baseUrl, ServiceTokens tokens, String catalogAudience, Cache cache) {
        this.baseUrl = baseUrl.map(url -> URI.create(url.endsWith("/") ? url : url + "/"));
        this.tokens = tokens;
        this.catalogAudience = catalogAudience;
        this.client = OutgoingHttpCalls.counted("orders to catalog",
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        this.cache = cache;
    }

    @Override
    public PriceList prices(Set<Sku> skus, String currency) {
        if (baseUrl.isEmpty()) {
            return new PriceList.Unavailable("CATALOG_API_BASE_URL is not set");
        }
        var pricesBySku = new HashMap<String, String>();
        var missing = new LinkedHashSet<String>();
        for (var asked : skus) {
            var sku = asked.value();
            cache.get(key(sku)).ifPresentOrElse(prices -> pricesBySku.put(sku, prices), () -> missing.add(sku));
        }
        if (!missing.isEmpty()) {
            var fetched = fetch(missing);
            if (fetched instanceof Fetched.Failed failed) {
                return new PriceList.Unavailable(failed.reason());
            }
            ((Fetched.Found) fetched).pricesBySku().forEach((sku, prices) -> {
                cache.put(key(sku), prices, CACHE_TIME);
                pricesBySku.put(sku, prices);
            });
        }
        var unitPrices = new HashMap<Sku, Money>();
        pricesBySku.forEach((sku, prices) -> priceIn(prices, currency)
                .ifPresent(price -> unitPrices.put(Sku.of(sku), price)));
        return new PriceList.Priced(unitPrices);
    }

    private static String key(String sku) {
        return "orders:catalog-prices:" + sku;
    }

    /** Every SKU asked gets an entry: its prices, or no prices when the catalog does not have it. */
    private Fetched fetch(Set<String> skus) {
        var uri = baseUrl.get().resolve("products/prices/lookup?skus="
                + URLEncoder.encode(String.join(",", skus), StandardCharsets.UTF_8));
        try {
            var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + tokens.tokenFor(catalogAudience)).GET().build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Fetched.Failed("the catalog answered " + response.statusCode());
            }
            var found = new HashMap<String, String>();
            skus.forEach(sku -> found.put(sku, NOT_FOUND));
            for (JsonNode item : Json.mapper().readTree(response.body()).path("items")) {
                var sku = item.path("sku").asText();
                var prices = item.path("prices");
                if (skus.contains(sku)) {
                    found.put(sku, prices.isObject() ? prices.toString() : NOT_FOUND);
                }
            }
            return new Fetched.Found(found);
        } catch (JsonProcessingException e) {
            return new Fetched.Failed("the catalog answered something other than a price list");
        } catch (IOException e) {
            return new Fetched.Failed("the catalog could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed("interrupted while asking the catalog");
        }
    }

    private static Optional<Money> priceIn(String pricesJson, String currency) {
        try {
            JsonNode price = Json.mapper().readTree(pricesJson).path(currency);
            var amount = price.path("amount");
            if (!amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() < 0
                    || !currency.equals(price.path("currency").asText())) {
                return Optional.empty();
            }
            return Optional.of(Money.of(amount.asLong(), currency));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private sealed interface Fetched {
        record Found(Map<String, String> pricesBySku) implements Fetched {
        }

        record Failed(String reason) implements Fetched {
        }
    }
}
