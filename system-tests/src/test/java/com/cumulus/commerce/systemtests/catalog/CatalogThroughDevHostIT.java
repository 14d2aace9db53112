package com.cumulus.commerce.systemtests.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog app as a storefront sees it: devhost on platform-local with the seeded demo catalog, over real
 * HTTP. Paging, conditional GETs, and every kind of bad input answered with problem+json, never a 500.
 */
// the catalog app alone, on a host where nothing but the seed has created products: every one is counted
@ShopTest(apps = "catalog", freshHost = true)
class CatalogThroughDevHostIT {

    private static final int DEMO_PRODUCTS = 300;

    private static ShopClient shop;

    @BeforeAll
    static void connect(ShopHost host) {
        shop = host.client();
    }

    @Test
    void pagesThroughTheSeededCatalogOnceEach() {
        // the listing view is built by the change feed, so it fills in shortly after start
        List<String> walked = await().atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> walkAllPages(40), skus -> skus.size() >= DEMO_PRODUCTS);
        assertThat(walked).hasSize(DEMO_PRODUCTS).doesNotHaveDuplicates();
        assertThat(walked).isSorted();
    }

    @Test
    void productGetWithItsEtagInIfNoneMatchAnswers304() throws Exception {
        var first = send(HttpRequest.newBuilder(api("/products/85123A")).GET());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(Json.mapper().readTree(first.body()).get("sku").asText()).isEqualTo("85123A");

        var again = send(HttpRequest.newBuilder(api("/products/85123A")).header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void filtersAndSortsTheListing() throws Exception {
        var response = send(HttpRequest.newBuilder(api("/products?category=kitchen&sort=-price&limit=100")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        List<Long> prices = new ArrayList<>();
        for (JsonNode item : Json.mapper().readTree(response.body()).get("items")) {
            assertThat(item.get("category").asText()).isEqualTo("kitchen");
            prices.add(item.get("prices").get("EUR").get("amount").asLong());
        }
        assertThat(prices).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    static Stream<Arguments> badInput() {
        String manager = "Bearer " + shop.manager();
        String customer = "Bearer " + shop.customer("alice");
        String auth = "Authorization";
        return Stream.of(
                Arguments.of("malformed JSON", 400, put("/products/NEW-1", "{\"sku\": ").header(auth, manager)),
                Arguments.of("wrong JSON type", 400,
                        put("/products/NEW-1", "{\"sku\":\"NEW-1\",\"title\":42}").header(auth, manager)),
                Arguments.of("body over 1 MiB", 413,
                        put("/products/NEW-1", "{\"description\":\"" + "x".repeat(1 << 20) + "\"}").header(auth, manager)),
                Arguments.of("unknown route", 404, HttpRequest.newBuilder(api("/nowhere")).GET()),
                Arguments.of("wrong method", 405, HttpRequest.newBuilder(api("/products/85123A")).DELETE()),
                Arguments.of("bad continuation token", 400, HttpRequest.newBuilder(
                        api("/products?continuationToken=" + URLEncoder.encode("not-a-token", StandardCharsets.UTF_8))).GET()),
                Arguments.of("limit not a number", 400, HttpRequest.newBuilder(api("/products?limit=abc")).GET()),
                Arguments.of("no bearer token", 401, put("/products/NEW-1", "{}")),
                Arguments.of("a customer on a manager's route", 403, put("/products/NEW-1", "{}").header(auth, customer)),
                Arguments.of("a forged token", 401, put("/products/NEW-1", "{}")
                        .header(auth, "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJjYXJvbCJ9.")));
    }

    @Test
    void aCatalogManagerCreatesAProduct() throws Exception {
        String body = """
                {"sku": "NEW-2", "title": "Enamel Mug", "description": "A mug.", "category": "kitchen",
                 "attributes": {}, "images": [], "prices": {"EUR": {"amount": 1299, "currency": "EUR"}}}""";
        var response = send(put("/products/NEW-2", body).header("Authorization", "Bearer " + shop.manager()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(api("/products/NEW-2")).GET()).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badInput")
    void badInputAnswersProblemJsonNeverA500(String what, int status, HttpRequest.Builder request) throws Exception {
        var response = send(request);

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static List<String> walkAllPages(int limit) throws Exception {
        List<String> skus = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        do {
            String query = "/products?sort=sku&limit=" + limit
                    + (token == null ? "" : "&continuationToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            var response = send(HttpRequest.newBuilder(api(query)).GET());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = Json.mapper().readTree(response.body());
            page.get("items").forEach(item -> skus.add(item.get("sku").asText()));
            token = page.hasNonNull("continuationToken") ? page.get("continuationToken").asText() : null;
            assertThat(token == null || tokens.add(token)).as("a token is never handed out twice").isTrue();
        } while (token != null);
        return skus;
    }

    private static HttpRequest.Builder put(String path, String json) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json));
    }

    private static URI api(String path) {
        return shop.api(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return shop.send(request);
    }
}
