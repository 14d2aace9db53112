package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static com.cumulus.commerce.systemtests.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import com.cumulus.commerce.systemtests.ShopTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API1:2023 Broken Object Level Authorization: a write reaches exactly the object its path names (a body naming
 * another SKU, or an ETag belonging to another object, never lets a write land on that other object), and one
 * customer can neither read nor change another's cart or order: the answer is the same 404 as for an object that
 * does not exist, so not even existence leaks.
 */
// bob's order list must hold none but his own: a host where no other class has placed orders for him
@ShopTest(freshHost = true)
class Api1BrokenObjectLevelAuthorizationIT extends SecuritySuite {

    @Test
    void aPutWhoseBodyNamesAnotherSkuIsRefusedAndWritesNeither() {
        String etag = shop.createProduct("BOLA-P1");

        var response = shop.send(shop.asManager("PUT", "/products/BOLA-P1",
                ShopClient.productJson("BOLA-P2", 1)).header("If-Match", etag));

        var problem = assertProblem(response, 400);
        assertThat(problem.get("violations").findValuesAsText("field")).contains("sku");
        assertThat(shop.get("/products/BOLA-P2").statusCode()).isEqualTo(404);
        assertThat(shop.get("/products/BOLA-P1").headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aStockAdjustmentUnderAnotherSkusEtagIsRefused() {
        shop.createStock("BOLA-S1", 10);
        String otherEtag = shop.createStock("BOLA-S2", 10);

        var response = shop.send(shop.asManager("POST", "/stock/BOLA-S1/adjustments",
                "{\"delta\": -10, \"reason\": \"write-off\"}").header("If-Match", otherEtag));

        assertProblem(response, 412);
        assertThat(json(shop.get("/stock/BOLA-S1")).get("onHand").asLong()).isEqualTo(10);
        assertThat(json(shop.get("/stock/BOLA-S2")).get("onHand").asLong()).isEqualTo(10);
    }

    @Test
    void aPatchUnderAnotherProductsEtagIsRefused() {
        String ownEtag = shop.createProduct("BOLA-P3");
        String otherEtag = shop.createProduct("BOLA-P4");

        var response = shop.send(shop.asManager("PATCH", "/products/BOLA-P3", "{\"title\": \"Renamed\"}")
                .header("If-Match", otherEtag));

        assertProblem(response, 412);
        var stored = shop.get("/products/BOLA-P3");
        assertThat(stored.headers().firstValue("ETag")).hasValue(ownEtag);
        assertThat(json(stored).get("title").asText()).isEqualTo("Enamel Mug");
    }

    @Test
    void aReplaceUnderAnotherProductsEtagIsRefused() {
        String ownEtag = shop.createProduct("BOLA-P5");
        String otherEtag = shop.createProduct("BOLA-P6");

        var response = shop.send(shop.asManager("PUT", "/products/BOLA-P5",
                ShopClient.productJson("BOLA-P5", 1)).header("If-Match", otherEtag));

        assertProblem(response, 412);
        assertThat(shop.get("/products/BOLA-P5").headers().firstValue("ETag")).hasValue(ownEtag);
    }

    @Test
    void bobCannotReadOrChangeAlicesCart() {
        String cart = "bola-cart-" + UUID.randomUUID().toString().replace("-", "");
        var created = shop.send(asCustomer("alice", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        assertProblem(shop.send(asCustomer("bob", "GET", "/carts/" + cart, null)), 404);
        assertProblem(shop.send(asCustomer("bob", "PUT", "/carts/" + cart, "{\"lines\": []}")
                .header("If-Match", etag)), 404);
        assertProblem(shop.send(shop.request("GET", "/carts/" + cart, null)), 404);
        assertProblem(shop.send(shop.request("PUT", "/carts/" + cart, "{\"lines\": []}")
                .header("If-Match", etag)), 404);
        var alices = shop.send(asCustomer("alice", "GET", "/carts/" + cart, null));
        assertThat(alices.headers().firstValue("ETag")).hasValue(etag);
        assertThat(json(alices).get("lines")).hasSize(1);
    }

    @Test
    void bobCannotSeeListOrCancelAlicesOrder() {
        String orderId = alicePlacesAnOrder();

        var seen = assertProblem(shop.send(asCustomer("bob", "GET", "/orders/" + orderId, null)), 404);
        var none = assertProblem(shop.send(asCustomer("bob", "GET", "/orders/ord_aaaaaaaaaaaaaaaaaaaaaaaaaa", null)),
                404);
        assertThat(seen.get("type")).isEqualTo(none.get("type"));
        assertProblem(shop.send(asCustomer("bob", "POST", "/orders/" + orderId + "/cancel", null)), 404);
        assertThat(json(shop.send(asCustomer("bob", "GET", "/orders", null))).get("items")).isEmpty();

        var alices = json(shop.send(asCustomer("alice", "GET", "/orders/" + orderId, null)));
        assertThat(alices.get("status").asText()).isNotEqualTo("CANCELLED");
    }

    @Test
    void aCustomerCannotDriveTheSagaOfTheirOwnOrder() {
        String orderId = alicePlacesAnOrder();

        assertProblem(shop.send(asCustomer("alice", "POST", "/orders/" + orderId + "/transitions",
                "{\"to\": \"CONFIRMED\"}")), 403);
        assertProblem(shop.send(asCustomer("alice", "POST", "/orders/" + orderId + "/saga",
                "{\"runId\": \"mine\"}")), 403);
    }

    private String alicePlacesAnOrder() {
        String cart = "bola-cart-" + UUID.randomUUID().toString().replace("-", "");
        var created = shop.send(asCustomer("alice", "PUT", "/carts/" + cart,
                "{\"lines\": [{\"sku\": \"85123A\", \"quantity\": 1}]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var placed = shop.send(asCustomer("alice", "POST", "/checkout",
                "{\"cartId\": \"" + cart + "\", \"paymentMethod\": \"pm_sim_approve\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        return json(placed).get("orderId").asText();
    }

    private static HttpRequest.Builder asCustomer(String user, String method, String path, String json) {
        return shop.request(method, path, json).header("Authorization", "Bearer " + shop.userToken(user, true));
    }
}
