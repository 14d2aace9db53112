package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.security.SecurityFixture.assertProblem;
import static com.cumulus.commerce.systemtests.security.SecurityFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API1:2023 Broken Object Level Authorization: a write reaches exactly the object its path names (a body naming
 * another SKU, or an ETag belonging to another object, never lets a write land on that other object), and one
 * customer can neither read nor change another's cart or order: the answer is the same 404 as for an object that
 * does not exist, so not even existence leaks.
 */
class Api1BrokenObjectLevelAuthorizationIT extends SecuritySuite {

    @Test
    void aPutWhoseBodyNamesAnotherSkuIsRefusedAndWritesNeither() {
        String etag = devhost.createProduct("BOLA-P1");

        var response = devhost.send(devhost.asManager("PUT", "/products/BOLA-P1",
                SecurityFixture.productJson("BOLA-P2", 1)).header("If-Match", etag));

        var problem = assertProblem(response, 400);
        assertThat(problem.get("violations").findValuesAsText("field")).contains("sku");
        assertThat(devhost.get("/products/BOLA-P2").statusCode()).isEqualTo(404);
        assertThat(devhost.get("/products/BOLA-P1").headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aStockAdjustmentUnderAnotherSkusEtagIsRefused() {
        devhost.createStock("BOLA-S1", 10);
        String otherEtag = devhost.createStock("BOLA-S2", 10);

        var response = devhost.send(devhost.asManager("POST", "/stock/BOLA-S1/adjustments",
                "{\"delta\": -10, \"reason\": \"write-off\"}").header("If-Match", otherEtag));

        assertProblem(response, 412);
        assertThat(json(devhost.get("/stock/BOLA-S1")).get("onHand").asLong()).isEqualTo(10);
        assertThat(json(devhost.get("/stock/BOLA-S2")).get("onHand").asLong()).isEqualTo(10);
    }

    @Test
    void aPatchUnderAnotherProductsEtagIsRefused() {
        String ownEtag = devhost.createProduct("BOLA-P3");
        String otherEtag = devhost.createProduct("BOLA-P4");

        var response = devhost.send(devhost.asManager("PATCH", "/products/BOLA-P3", "{\"title\": \"Renamed\"}")
                .header("If-Match", otherEtag));

        assertProblem(response, 412);
        var stored = devhost.get("/products/BOLA-P3");
        assertThat(stored.headers().firstValue("ETag")).hasValue(ownEtag);
        assertThat(json(stored).get("title").asText()).isEqualTo("Enamel Mug");
    }

    @Test
    void aReplaceUnderAnotherProductsEtagIsRefused() {
        String ownEtag = devhost.createProduct("BOLA-P5");
        String otherEtag = devhost.createProduct("BOLA-P6");

        var response = devhost.send(devhost.asManager("PUT", "/products/BOLA-P5",
                SecurityFixture.productJson("BOLA-P5", 1)).header("If-Match", otherEtag));

        assertProblem(response, 412);
        assertThat(devhost.get("/products/BOLA-P5").headers().firstValue("ETag")).hasValue(ownEtag);
    }

    @Test
    void bobCannotReadOrChangeAlicesCart() {
        String cart = "bola-cart-" + UUID.randomUUID().toString().replace("-", "");
        var created = devhost.send(asCustomer("alice", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        assertProblem(devhost.send(asCustomer("bob", "GET", "/carts/" + cart, null)), 404);
        assertProblem(devhost.send(asCustomer("bob", "PUT", "/carts/" + cart, "{\"lines\": []}")
                .header("If-Match", etag)), 404);
        assertProblem(devhost.send(devhost.request("GET", "/carts/" + cart, null)), 404);
        assertProblem(devhost.send(devhost.request("PUT", "/carts/" + cart, "{\"lines\": []}")
                .header("If-Match", etag)), 404);
        var alices = devhost.send(asCustomer("alice", "GET", "/carts/" + cart, null));
        assertThat(alices.headers().firstValue("ETag")).hasValue(etag);
        assertThat(json(alices).get("lines")).hasSize(1);
    }

    @Test
    void bobCannotSeeListOrCancelAlicesOrder() {
        String orderId = alicePlacesAnOrder();

        var seen = assertProblem(devhost.send(asCustomer("bob", "GET", "/orders/" + orderId, null)), 404);
        var none = assertProblem(devhost.send(asCustomer("bob", "GET", "/orders/ord_aaaaaaaaaaaaaaaaaaaaaaaaaa", null)),
                404);
        assertThat(seen.get("type")).isEqualTo(none.get("type"));
        assertProblem(devhost.send(asCustomer("bob", "POST", "/orders/" + orderId + "/cancel", null)), 404);
        assertThat(json(devhost.send(asCustomer("bob", "GET", "/orders", null))).get("items")).isEmpty();

        var alices = json(devhost.send(asCustomer("alice", "GET", "/orders/" + orderId, null)));
        assertThat(alices.get("status").asText()).isNotEqualTo("CANCELLED");
    }

    @Test
    void aCustomerCannotDriveTheSagaOfTheirOwnOrder() {
        String orderId = alicePlacesAnOrder();

        assertProblem(devhost.send(asCustomer("alice", "POST", "/orders/" + orderId + "/transitions",
                "{\"to\": \"CONFIRMED\"}")), 403);
        assertProblem(devhost.send(asCustomer("alice", "POST", "/orders/" + orderId + "/saga",
                "{\"runId\": \"mine\"}")), 403);
    }

    private String alicePlacesAnOrder() {
        String cart = "bola-cart-" + UUID.randomUUID().toString().replace("-", "");
        var created = devhost.send(asCustomer("alice", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var placed = devhost.send(asCustomer("alice", "POST", "/checkout",
                "{\"cartId\": \"" + cart + "\", \"paymentMethod\": \"pm_sim_approve\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        return json(placed).get("orderId").asText();
    }

    private static HttpRequest.Builder asCustomer(String user, String method, String path, String json) {
        return devhost.request(method, path, json).header("Authorization", "Bearer " + devhost.userToken(user, true));
    }
}
