package com.cumulus.commerce.systemtests.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reservation routes as the checkout saga calls them: devhost on platform-local over real HTTP with a service
 * token from the embedded issuer, and the release of a cancelled order through the {@code order-events} topic.
 */
@ShopTest(apps = "catalog")
class ReservationsThroughDevHostIT {

    private static final String CATALOG_AUDIENCE = "api://cumulus-catalog";

    private static Platform platform;
    private static ShopHost host;
    private static String service;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
        // the platform devhost and the catalog share for this data folder, to publish on its topics
        platform = host.platform();
        service = "Bearer " + host.issuer().serviceToken("cumulus-orders", CATALOG_AUDIENCE);
    }

    @Test
    void reservedUnitsShowInStockAndLeaveItOnCommit() throws Exception {
        stock("RSV-A", 5);
        String order = order(1);

        var reserved = send(reserve(order, "RSV-A", 2).header("Authorization", service));
        assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(200);
        assertThat(json(reserved).get("status").asText()).isEqualTo("HELD");
        assertThat(json(reserved).get("expiresAt").asText()).isNotBlank();
        var held = json(send(HttpRequest.newBuilder(api("/stock/RSV-A")).GET()));
        assertThat(held.get("onHand").asLong()).isEqualTo(5);
        assertThat(held.get("reserved").asLong()).isEqualTo(2);
        assertThat(held.get("available").asLong()).isEqualTo(3);

        var committed = send(post("/reservations/" + order + "/commit").header("Authorization", service));
        assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
        assertThat(json(committed).get("status").asText()).isEqualTo("COMMITTED");
        var after = json(send(HttpRequest.newBuilder(api("/stock/RSV-A")).GET()));
        assertThat(after.get("onHand").asLong()).isEqualTo(3);
        assertThat(after.get("reserved").asLong()).isZero();
    }

    @Test
    void theRoutesTakeOnlyAServiceToken() throws Exception {
        var anonymous = send(reserve(order(2), "RSV-A", 1));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String customer = "Bearer " + host.issuer().userToken("alice", true);
        var forbidden = send(reserve(order(2), "RSV-A", 1).header("Authorization", customer));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void tooFewUnitsIsAConflictProblemAndNothingStaysHeld() throws Exception {
        stock("RSV-B", 1);
        String order = order(3);

        var refused = send(reserve(order, "RSV-B", 2).header("Authorization", service));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json(refused);
        assertThat(problem.get("type").asText()).isEqualTo("https://problems.cumulus-commerce.dev/insufficient-stock");
        assertThat(problem.get("sku").asText()).isEqualTo("RSV-B");
        assertThat(problem.get("available").asLong()).isEqualTo(1);
        var reservation = json(send(HttpRequest.newBuilder(api("/reservations/" + order))
                .header("Authorization", service).GET()));
        assertThat(reservation.get("status").asText()).isEqualTo("RELEASED");
        assertThat(json(send(HttpRequest.newBuilder(api("/stock/RSV-B")).GET())).get("reserved").asLong()).isZero();
    }

    @Test
    void aMalformedOrderIdIsABadRequest() throws Exception {
        var response = send(reserve("ord_SHOUTING", "RSV-A", 1).header("Authorization", service));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("violations").get(0).get("field").asText()).isEqualTo("orderId");
    }

    @Test
    void aCancelledOrderEventOnTheTopicReleasesTheReservation() throws Exception {
        stock("RSV-C", 4);
        String order = order(4);
        assertThat(send(reserve(order, "RSV-C", 3).header("Authorization", service)).statusCode()).isEqualTo(200);
        String eventId = UUID.randomUUID().toString();
        String event = EventEnvelope.wrap(eventId, "commerce.orders.order-cancelled.v1", URI.create("/cumulus/orders"),
                order, Instant.now(), Json.write(Map.of("orderId", order, "customerId", "cus-1",
                        "reason", "customer asked", "cancelledAt", Instant.now().toString())));

        platform.topics().publish("order-events", OutgoingMessage.of(eventId, event));
        // the same event again under another message id, as a relay retry after a crash would send it
        platform.topics().publish("order-events", OutgoingMessage.of(UUID.randomUUID().toString(), event));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var reservation = json(send(HttpRequest.newBuilder(api("/reservations/" + order))
                    .header("Authorization", service).GET()));
            assertThat(reservation.get("status").asText()).isEqualTo("RELEASED");
        });
        var level = json(send(HttpRequest.newBuilder(api("/stock/RSV-C")).GET()));
        assertThat(level.get("reserved").asLong()).isZero();
        assertThat(level.get("available").asLong()).isEqualTo(4);
    }

    private static void stock(String sku, long units) throws Exception {
        String manager = "Bearer " + host.issuer().userToken("carol", false);
        var response = send(HttpRequest.newBuilder(api("/stock/" + sku + "/adjustments"))
                .header("Content-Type", "application/json").header("Authorization", manager)
                .POST(BodyPublishers.ofString("{\"delta\": " + units + ", \"reason\": \"delivery\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A distinct order id per {@code n}, in the base-32 alphabet the orders app derives ids in. */
    private static String order(int n) {
        return "ord_" + "r".repeat(25) + "abcdefghijklmnopqrstuvwxyz234567".charAt(n);
    }

    private static HttpRequest.Builder reserve(String order, String sku, int quantity) {
        return HttpRequest.newBuilder(api("/reservations/" + order)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}]}"));
    }

    private static HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(api(path)).POST(BodyPublishers.noBody());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    private static URI api(String path) {
        return host.client().api(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return host.client().send(request);
    }
}
