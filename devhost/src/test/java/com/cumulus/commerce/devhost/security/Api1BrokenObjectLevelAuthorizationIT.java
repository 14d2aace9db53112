package com.cumulus.commerce.devhost.security;

import static com.cumulus.commerce.devhost.security.SecurityFixture.assertProblem;
import static com.cumulus.commerce.devhost.security.SecurityFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * API1:2023 Broken Object Level Authorization, as far as objects exist today: a write reaches exactly the
 * object its path names. A body naming another SKU, or an ETag belonging to another object, never lets a
 * write land on that other object.
 *
 * <p>Nothing is owned by a customer yet. Carts and orders (the next issue) bring per-customer objects, and
 * with them the tests that one customer cannot read or change another's.
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
}
