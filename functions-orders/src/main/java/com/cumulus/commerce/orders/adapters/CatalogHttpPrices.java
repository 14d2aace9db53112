package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.ProductPrices;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
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
import java.util.Optional;

/**
 * Prices from the catalog's public {@code GET /products/{sku}}. A product's prices are kept in the shared cache
 * for a few seconds, so a busy checkout does not ask the catalog for the same SKU again and again, while a price
 * change still reaches checkout within that time. A slow catalog fails fast: a checkout is better refused (503)
 * than left hanging.
 */
final class CatalogHttpPrices implements ProductPrices {

    static final Duration CACHE_TIME = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String NOT_FOUND = "{}";

    private final Optional<URI> baseUrl;
    private final HttpClient client;
    private final Cache cache;

    CatalogHttpPrices(Optional<String> baseUrl, Cache cache) {
        this.baseUrl = baseUrl.map(url -> URI.create(url.endsWith("/") ? url : url + "/"));
        this.client = OutgoingHttpCalls.counted("orders to catalog",
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        this.cache = cache;
    }

    @Override
    public PriceLookup price(String sku, String currency) {
        if (baseUrl.isEmpty()) {
            return new PriceLookup.Unavailable("CATALOG_API_BASE_URL is not set");
        }
        var key = "orders:catalog-prices:" + sku;
        var prices = cache.get(key);
        if (prices.isEmpty()) {
            var fetched = fetch(sku);
            if (fetched instanceof Fetched.Failed failed) {
                return new PriceLookup.Unavailable(failed.reason());
            }
            prices = Optional.of(((Fetched.Found) fetched).pricesJson());
            cache.put(key, prices.get(), CACHE_TIME);
        }
        return priceIn(prices.get(), currency);
    }

    private Fetched fetch(String sku) {
        var uri = baseUrl.get().resolve("products/" + URLEncoder.encode(sku, StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return new Fetched.Found(NOT_FOUND);
            }
            if (response.statusCode() != 200) {
                return new Fetched.Failed("the catalog answered " + response.statusCode());
            }
            var prices = Json.mapper().readTree(response.body()).path("prices");
            return new Fetched.Found(prices.isObject() ? prices.toString() : NOT_FOUND);
        } catch (JsonProcessingException e) {
            return new Fetched.Failed("the catalog answered something other than a product");
        } catch (IOException e) {
            return new Fetched.Failed("the catalog could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed("interrupted while asking the catalog");
        }
    }

    private static PriceLookup priceIn(String pricesJson, String currency) {
        try {
            JsonNode price = Json.mapper().readTree(pricesJson).path(currency);
            var amount = price.path("amount");
            if (!amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() < 0
                    || !currency.equals(price.path("currency").asText())) {
                return new PriceLookup.NotPriced();
            }
            return new PriceLookup.Priced(Money.of(amount.asLong(), currency));
        } catch (JsonProcessingException e) {
            return new PriceLookup.NotPriced();
        }
    }

    private sealed interface Fetched {
        record Found(String pricesJson) implements Fetched {
        }

        record Failed(String reason) implements Fetched {
        }
    }
}
