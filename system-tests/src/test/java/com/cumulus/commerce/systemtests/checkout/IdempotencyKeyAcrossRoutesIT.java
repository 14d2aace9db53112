package com.cumulus.commerce.systemtests.checkout;

import static com.cumulus.commerce.systemtests.ShopClient.json;
import static com.cumulus.commerce.systemtests.ShopClient.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecord;
import com.cumulus.commerce.platform.idempotency.IdempotencyRecords;
import com.cumulus.commerce.platform.idempotency.IdempotentRequests;
import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checkout and the refund route answer the Idempotency-Key the same way, over HTTP through devhost: a bad
 * or missing key, a retry (replayed, marked {@code Idempotent-Replayed: true}), the key reused with another body
 * and a duplicate while the first request runs get the same statuses, problem types and headers on both.
 */
@ShopTest
class IdempotencyKeyAcrossRoutesIT {

    private static final long PRICE = 5_000;

    private static ShopHost host;
    private static ShopClient shop;
    private static String paymentId;

    /** One route that takes an Idempotency-Key, with two different valid bodies for it. */
    private record Route(String name, String path, String token, Function<Integer, String> body,
                         Function<Integer, Object> asRead) {

        HttpResponse<String> send(int variant, Map<String, String> headers) {
            return shop.call("POST", path, token, body.apply(variant), headers);
        }

        HttpResponse<String> send(int variant, String key) {
            return send(variant, Map.of("Idempotency-Key", key));
        }

        /** The caller the route keys its records by: the token's subject. */
        String caller() {
            var payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            try {
                return Json.mapper().readTree(new String(payload, StandardCharsets.UTF_8)).get("sub").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What a client can tell an answer by: status, media type, problem type and the replay header. */
    private record Seen(int status, String contentType, String problemType, String replayed) {

        static Seen of(HttpResponse<String> response) {
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            String type = null;
            if (contentType.startsWith("application/problem+json")) {
                JsonNode problem = json(response);
                type = problem.path("type").asText();
                assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
            }
            return new Seen(response.statusCode(), contentType, type,
                    response.headers().firstValue("Idempotent-Replayed").orElse(null));
        }
    }

    @BeforeAll
    static void start(ShopHost shopHost) {
        host = shopHost;
        shop = host.client();
        shop.createProduct("IDEM-1", PRICE, 100);
        var orderId = shop.placeOrder("alice", "IDEM-1", 1, "pm_sim_approve");
        assertThat(shop.awaitFinalOrder("alice", orderId, Duration.ofSeconds(60)).get("status").asText())
                .isEqualTo("CONFIRMED");
        paymentId = paymentIdOf(orderId);
    }

    /** Both routes, the checkout with two fresh carts (a placed order empties its cart). */
    private static List<Route> routes() {
        var carts = List.of(shop.cart("alice", Map.of("IDEM-1", 1)), shop.cart("alice", Map.of("IDEM-1", 2)));
        return List.of(
                new Route("checkout", "/checkout", shop.customer("alice"),
                        variant -> "{\"cartId\": \"" + carts.get(variant) + "\", \"paymentMethod\": \"pm_sim_approve\"}",
                        variant -> Map.of("cartId", carts.get(variant), "currency", "EUR",
                                "paymentMethod", "pm_sim_approve")),
                new Route("refund", "/payments/" + paymentId + "/refunds", shop.operator(),
                        variant -> "{\"amount\": {\"amount\": " + (100 + variant) + ", \"currency\": \"EUR\"}}",
                        variant -> Map.of("amount", Map.of("amount", 100 + variant, "currency", "EUR"))));
    }

    @Test
    void aMissingOrBadKeyIsRefusedAlikeOnBothRoutes() {
        for (var route : routes()) {
            assertThat(Seen.of(route.send(0, Map.of()))).as(route.name())
                    .isEqualTo(problem(400, "idempotency-key-required"));
            assertThat(Seen.of(route.send(0, "x".repeat(256)))).as(route.name())
                    .isEqualTo(problem(400, "invalid-idempotency-key"));
        }
    }

    @Test
    void aRetryIsReplayedAndAnotherBodyUnderTheKeyIs422AlikeOnBothRoutes() {
        for (var route : routes()) {
            var key = ShopClient.randomId();
            var first = route.send(0, key);
            var retry = route.send(0, key);
            var other = route.send(1, key);

            assertThat(first.statusCode()).as(route.name() + ": " + first.body()).isBetween(200, 299);
            assertThat(Seen.of(first).replayed()).as(route.name()).isNull();
            assertThat(Seen.of(retry)).as(route.name())
                    .isEqualTo(new Seen(first.statusCode(), "application/json", null, "true"));
            assertThat(retry.body()).as(route.name()).isEqualTo(first.body());
            assertThat(retry.headers().firstValue("Location")).as(route.name())
                    .isEqualTo(first.headers().firstValue("Location")).isPresent();
            assertThat(Seen.of(other)).as(route.name()).isEqualTo(problem(422, "idempotency-key-reused"));
        }
    }

    @Test
    void aDuplicateWhileTheFirstRunsIs409AlikeOnBothRoutes() {
        for (var route : routes()) {
            var key = ShopClient.randomId();
            runningNow(route, key);

            var duplicate = route.send(0, key);

            assertThat(Seen.of(duplicate)).as(route.name()).isEqualTo(problem(409, "idempotency-key-in-flight"));
        }
    }

    /** The record a request of this devhost leaves while it runs, as if the first request were under way. */
    private static void runningNow(Route route, String key) {
        var now = Instant.now();
        var fingerprint = IdempotentRequests.fingerprint("POST", "/api" + route.path(), route.asRead().apply(0));
        var created = IdempotencyRecords.inTable(host.platform().tables()).create(route.caller(), key,
                new IdempotencyRecord(fingerprint, null, now, now.plus(IdempotentRequests.DEFAULT_TIME_TO_LIVE),
                        host.platform().instance().id(), null));
        assertThat(created).isTrue();
    }

    private static Seen problem(int status, String slug) {
        return new Seen(status, "application/problem+json", "https://problems.cumulus-commerce.dev/" + slug, null);
    }
}
