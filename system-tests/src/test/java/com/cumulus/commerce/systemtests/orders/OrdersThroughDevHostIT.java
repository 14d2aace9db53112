package com.cumulus.commerce.systemtests.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Carts, checkout and orders as a storefront and the saga see them: devhost with the catalog (seeded demo
 * products) and the orders app on platform-local, over real HTTP, with the order-placed event arriving on
 * {@code order-events/checkout-saga} through the outbox relay.
 */
// the apps without the workflows: the checkout-saga workflow would take the message this test reads
// (checkout/CheckoutSagaIT runs them together)
@ShopTest(apps = {"catalog", "orders"}, workflows = false)
class OrdersThroughDevHostIT {

    private static final String SAGA = Topics.subscriptionPath("order-events", "checkout-saga");

    private static Platform platform;
    private static ShopHost host;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        // one platform per data folder per process: this is the one devhost and its apps use
        platform = host.platform();
    }

    @Test
    void aCustomerChecksOutACartAndTheSagaHearsOfIt() throws Exception {
        long mugPrice = eur(send(get("/products/85123A")));
        long otherPrice = eur(send(get("/products/22423")));
        String alice = bearer(host.issuer().userToken("alice", true));
        String bob = bearer(host.issuer().userToken("bob", true));
        String cartId = newCartId();

        var cart = send(put("/carts/" + cartId, """
                {"lines": [{"sku": "85123A", "quantity": 2}, {"sku": "22423", "quantity": 1}]}""")
                .header("Authorization", alice));
        assertThat(cart.statusCode()).as(cart.body()).isEqualTo(201);
        assertThat(send(get("/carts/" + cartId).header("Authorization", bob)).statusCode()).isEqualTo(404);
        assertThat(send(get("/carts/" + cartId)).statusCode()).isEqualTo(404);

        String key = UUID.randomUUID().toString();
        String body = "{\"cartId\": \"" + cartId + "\", \"paymentMethod\": \"pm_sim_approve\"}";
        var placed = send(post("/checkout", body).header("Authorization", alice).header("Idempotency-Key", key));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String location = placed.headers().firstValue("Location").orElseThrow();
        JsonNode order = Json.mapper().readTree(placed.body());
        String orderId = order.get("orderId").asText();
        assertThat(location).isEqualTo("/api/orders/" + orderId);
        assertThat(order.get("total").get("amount").asLong()).isEqualTo(2 * mugPrice + otherPrice);
        assertThat(order.get("total").get("currency").asText()).isEqualTo("EUR");

        var mine = send(get(location.substring("/api".length())).header("Authorization", alice));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(mine.body()).get("status").asText())
                .isIn("PENDING", "CONFIRMED");
        var bobs = send(get("/orders/" + orderId).header("Authorization", bob));
        assertThat(bobs.statusCode()).isEqualTo(404);
        assertThat(bobs.body()).doesNotContain("alice");
        assertThat(send(post("/orders/" + orderId + "/cancel", "").header("Authorization", bob)).statusCode())
                .isEqualTo(404);
        var bobsList = Json.mapper().readTree(send(get("/orders").header("Authorization", bob)).body());
        assertThat(bobsList.get("items")).isEmpty();
        var alicesList = Json.mapper().readTree(send(get("/orders").header("Authorization", alice)).body());
        assertThat(alicesList.get("items").get(0).get("orderId").asText()).isEqualTo(orderId);

        var replay = send(post("/checkout", body).header("Authorization", alice).header("Idempotency-Key", key));
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.headers().firstValue("Location")).hasValue(location);
        assertThat(replay.body()).isEqualTo(placed.body());
        var reused = send(post("/checkout", body.replace("pm_sim_approve", "pm_sim_decline"))
                .header("Authorization", alice).header("Idempotency-Key", key));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(Json.mapper().readTree(reused.body()).get("type").asText()).endsWith("/idempotency-key-reused");

        var message = awaitMessage(orderId);
        var event = EventEnvelope.unwrap(message.body());
        assertThat(event.getType()).isEqualTo("commerce.orders.order-placed.v1");
        assertThat(message.messageId()).isEqualTo(event.getId());
        assertThat(message.properties()).containsEntry("type", "commerce.orders.order-placed.v1");
    }

    @Test
    void checkoutNeedsASignedInCustomerWithMfa() throws Exception {
        String body = "{\"cartId\": \"" + newCartId() + "\", \"paymentMethod\": \"pm_sim_approve\"}";

        var anonymous = send(post("/checkout", body).header("Idempotency-Key", "k1"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        var withoutMfa = send(post("/checkout", body).header("Idempotency-Key", "k1")
                .header("Authorization", bearer(host.issuer().userToken("alice", false))));
        assertThat(withoutMfa.statusCode()).isEqualTo(401);
        assertThat(withoutMfa.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("insufficient_user_authentication");

        var withoutKey = send(post("/checkout", body)
                .header("Authorization", bearer(host.issuer().userToken("alice", true))));
        assertThat(withoutKey.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(withoutKey.body()).get("type").asText()).endsWith("/idempotency-key-required");
    }

    @Test
    void anonymousCartsNeedAnUnguessableIdAndABadTokenIsNotAnonymous() throws Exception {
        assertThat(send(put("/carts/short", "{\"lines\": []}")).statusCode()).isEqualTo(400);
        String cartId = newCartId();
        var created = send(put("/carts/" + cartId, "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(send(get("/carts/" + cartId)).statusCode()).isEqualTo(200);

        var stale = send(put("/carts/" + cartId, "{\"lines\": []}").header("If-Match", "\"nope\""));
        assertThat(stale.statusCode()).isEqualTo(412);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[^\"]+\"");
        var updated = send(put("/carts/" + cartId, "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 2}]}")
                .header("If-Match", etag));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(updated.body()).get("etag").asText())
                .isEqualTo(updated.headers().firstValue("ETag").orElseThrow());
        var forged = send(get("/carts/" + cartId).header("Authorization", "Bearer not.a.token"));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void theSagaRoutesTakeOnlyAServiceToken() throws Exception {
        String alice = bearer(host.issuer().userToken("alice", true));
        String service = bearer(host.issuer().serviceToken("checkout-saga", "api://cumulus-orders"));
        String orderId = "ord_aaaaaaaaaaaaaaaaaaaaaaaaaa";

        assertThat(send(post("/orders/" + orderId + "/transitions", "{\"to\": \"FAILED\"}")
                .header("Authorization", alice)).statusCode()).isEqualTo(403);
        assertThat(send(post("/orders/" + orderId + "/transitions", "{\"to\": \"FAILED\"}")
                .header("Authorization", service)).statusCode()).isEqualTo(404);
        assertThat(send(post("/orders/" + orderId + "/transitions", "{\"to\": \"LOST\"}")
                .header("Authorization", service)).statusCode()).isEqualTo(400);
    }

    private static ReceivedMessage awaitMessage(String orderId) {
        return await("order-placed event for " + orderId + " on " + SAGA).atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                    for (var message : platform.queues().receive(SAGA, 10)) {
                        platform.queues().complete(message);
                        if (orderId.equals(EventEnvelope.unwrap(message.body()).getSubject())) {
                            return message;
                        }
                    }
                    return null;
                }, Objects::nonNull);
    }

    private static String newCartId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static long eur(HttpResponse<String> product) throws IOException {
        assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
        return Json.mapper().readTree(product.body()).get("prices").get("EUR").get("amount").asLong();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static URI api(String path) {
        return host.client().api(path);
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(api(path)).GET();
    }

    private static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return host.client().send(request);
    }
}
