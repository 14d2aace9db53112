package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile client sends that no single Top 10 risk names: JSON bodies nested past the parser's limit on
 * every kind of route that reads one, and query strings, paths and headers whose percent-escapes or bytes are not
 * UTF-8 text, sent as raw bytes (java.net.http refuses to send such URIs). Each is a problem, never a 500 or a
 * stack trace; the route's own 404 and the access check come before a bad parameter, and the 400 names it.
 */
class HostileInputIT extends SecuritySuite {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {1_001, 100_000})
    void aBodyNestedPastTheParsersLimitIsMalformedJsonOnEveryRouteThatReadsOne(int depth) {
        String objects = nestedObjects(depth);
        String arrays = "{\"lines\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        for (String body : new String[] {objects, arrays}) {
            assertMalformedJson(shop.send(shop.request("POST", "/checkout", body)
                    .header("Authorization", "Bearer " + shop.userToken("alice", true))
                    .header("Idempotency-Key", UUID.randomUUID().toString())));
            assertMalformedJson(shop.send(shop.request("PUT", "/carts/" + cartId(), body)));
            assertMalformedJson(shop.send(shop.asManager("POST", "/stock/" + ShopClient.SEEDED_SKU
                    + "/adjustments", body).header("If-Match", "\"any\"")));
            assertMalformedJson(shop.send(shop.request("POST", "/orders/" + orderId() + "/saga", body)
                    .header("Authorization", "Bearer " + shop.service("api://cumulus-orders"))));
            assertMalformedJson(shop.send(shop.request("POST", "/payments", body)
                    .header("Authorization", "Bearer " + shop.service(ShopClient.PAYMENTS_AUDIENCE))));
        }
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {999, 1_000})
    void aBodyNestedUpToTheLimitIsReadAndJudgedOnItsContent(int depth) {
        var response = shop.send(shop.asManager("POST", "/stock/" + ShopClient.SEEDED_SKU
                + "/adjustments", nestedObjects(depth)).header("If-Match", "\"any\""));

        var problem = assertProblem(response, 400);
        assertThat(problem.path("type").asText()).endsWith("/invalid-request");
        assertThat(problem.path("detail").asText()).contains("a: is not a known property");
    }

    /** A parameter that is not UTF-8 text is refused by name, on any route, once the route and access allow. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/products?limit=5&q=%ff", "/api/products?q=%C0%AF", "/api/products?q=caf%E9&limit=5",
            "/api/products/85123A?q=%ff", "/api/stock/85123A?q=%ED%A0%80"})
    void aQueryParameterThatIsNotUtf8IsA400NamingIt(String target) {
        var response = RawHttp.get(devhost.port(), target, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(ShopClient.PROBLEM_JSON);
        assertThat(response.json().path("type").asText()).endsWith("/invalid-request");
        assertThat(response.json().path("detail").asText()).contains("query parameter 'q' is not UTF-8 text");
        assertThat(response.json().path("violations").findValuesAsText("field")).containsExactly("q");
        assertNoLeak(response.body());
    }

    /** A {@code %} that starts no escape is the text {@code %} (the URL Standard): the route judges the value. */
    @Test
    void aPercentSignThatStartsNoEscapeReachesTheRouteAsText() {
        var limit = RawHttp.get(devhost.port(), "/api/products?limit=%zz", Map.of());
        assertThat(limit.status()).as(limit.body()).isEqualTo(400);
        assertThat(limit.json().path("detail").asText()).contains("limit");
        assertNoLeak(limit.body());

        var search = RawHttp.get(devhost.port(), "/api/products?q=%zz&limit=2", Map.of());
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().path("items").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/orders?x=%zz", "/api/orders?x=%ff", "/api/orders?limit=%C0%AF",
            "/api/ops/workflows/checkout-saga/runs?limit=%ff"})
    void withoutATokenTheAnswerIs401WhateverTheQuery(String target) {
        var response = RawHttp.get(devhost.port(), target, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo(ShopClient.PROBLEM_JSON);
        assertNoLeak(response.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/nowhere?x=%zz", "/api/nowhere?x=%ff", "/api/products/NOPE-1?x=%zz",
            "/api/products/NOPE-1/more?q=%C0%AF"})
    void aRouteThatDoesNotExistIs404WhateverTheQuery(String target) {
        var response = RawHttp.get(devhost.port(), target, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(ShopClient.PROBLEM_JSON);
        assertNoLeak(response.body());
    }

    @Test
    void theOperatorRoutesNameAParameterThatIsNotUtf8() {
        var response = RawHttp.get(devhost.port(), "/api/ops/workflows/checkout-saga/runs?status=%ff",
                Map.of("Authorization", "Bearer " + shop.userToken("oscar", true)));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).contains("query parameter 'status' is not UTF-8 text");
    }

    /** The host cannot route a path it cannot decode; it says so as a problem before any function runs. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/products/%zz", "/api/products/%ff", "/api/products/%C0%AF", "/api/products/a%2Fb",
            "/api/orders/%ff", "/api/products/%2e%2e/x"})
    void aPathThatDoesNotDecodeIsA400ProblemNeverA500(String target) {
        var response = RawHttp.get(devhost.port(), target, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(ShopClient.PROBLEM_JSON);
        assertNoLeak(response.body());
    }

    /** Header values are bytes, read as ISO-8859-1 as HTTP/1.1 says: they never fail the request. */
    @Test
    void headerBytesThatAreNotUtf8NeverFailARequest() {
        var odd = new String(new byte[] {'"', (byte) 0xff, (byte) 0xfe, '"'}, StandardCharsets.ISO_8859_1);

        var product = RawHttp.get(devhost.port(), "/api/products/" + ShopClient.SEEDED_SKU,
                Map.of("If-None-Match", odd, "X-Forwarded-For", odd, "Accept-Language", odd));
        var orders = RawHttp.get(devhost.port(), "/api/orders", Map.of("Authorization", "Bearer " + odd));

        assertThat(product.status()).as(product.body()).isEqualTo(200);
        assertThat(orders.status()).as(orders.body()).isEqualTo(401);
        assertNoLeak(orders.body());
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.cumulus")
                .doesNotContain("/internal-error");
    }

    private static void assertMalformedJson(HttpResponse<String> response) {
        var problem = assertProblem(response, 400);
        assertThat(problem.path("type").asText()).endsWith("/malformed-json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.cumulus");
    }

    static String nestedObjects(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static String cartId() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String orderId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
