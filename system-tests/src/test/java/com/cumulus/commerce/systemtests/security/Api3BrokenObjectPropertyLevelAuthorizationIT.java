package com.cumulus.commerce.systemtests.security;

import static com.cumulus.commerce.systemtests.ShopClient.assertProblem;
import static com.cumulus.commerce.systemtests.ShopClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * API3:2023 Broken Object Property Level Authorization: properties the server owns cannot be set by a
 * client. A product's {@code etag} is the store's, {@code onHand} changes only through adjustments, a
 * product's {@code sku} is its path; an unknown property is refused (400 naming it), never ignored, and the
 * stored object stays as it was.
 *
 * <p>Prices are the catalog manager's to set, so they are no server-owned field here; prices a customer
 * could send (cart lines, checkout), order status and profile roles arrive with carts, orders and profiles,
 * and get their tests then. Roles today come only from the signed token (see {@link Api2BrokenAuthenticationIT}).
 */
class Api3BrokenObjectPropertyLevelAuthorizationIT extends SecuritySuite {

    @Test
    void aPutCannotChooseTheEtag() {
        String etag = shop.createProduct("BOPLA-1");
        String body = withField(ShopClient.productJson("BOPLA-1", 500), "\"etag\": \"forged\"");

        var response = shop.send(shop.asManager("PUT", "/products/BOPLA-1", body).header("If-Match", etag));

        assertRefusedNaming(response, "etag");
        assertThat(shop.get("/products/BOPLA-1").headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aPatchCannotChooseTheEtag() {
        String etag = shop.createProduct("BOPLA-2");

        var response = shop.send(shop.asManager("PATCH", "/products/BOPLA-2", "{\"etag\": \"forged\"}")
                .header("If-Match", etag));

        assertRefusedNaming(response, "etag");
        assertThat(shop.get("/products/BOPLA-2").headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void stockOnHandCannotBeSetThroughAProduct() {
        String productEtag = shop.createProduct("BOPLA-3");
        shop.createStock("BOPLA-3", 4);
        String body = withField(ShopClient.productJson("BOPLA-3", 500), "\"onHand\": 100000");

        var put = shop.send(shop.asManager("PUT", "/products/BOPLA-3", body).header("If-Match", productEtag));
        var patch = shop.send(shop.asManager("PATCH", "/products/BOPLA-3", "{\"onHand\": 100000}")
                .header("If-Match", productEtag));

        assertRefusedNaming(put, "onHand");
        assertRefusedNaming(patch, "onHand");
        assertThat(json(shop.get("/stock/BOPLA-3")).get("onHand").asLong()).isEqualTo(4);
    }

    @Test
    void anAdjustmentCannotSetOnHandOrTheEtag() {
        String etag = shop.createStock("BOPLA-4", 4);

        var onHand = shop.send(shop.asManager("POST", "/stock/BOPLA-4/adjustments",
                "{\"delta\": 1, \"reason\": \"count\", \"onHand\": 100000}").header("If-Match", etag));
        var ownEtag = shop.send(shop.asManager("POST", "/stock/BOPLA-4/adjustments",
                "{\"delta\": 1, \"reason\": \"count\", \"etag\": \"forged\"}").header("If-Match", etag));

        assertRefusedNaming(onHand, "onHand");
        assertRefusedNaming(ownEtag, "etag");
        var stored = shop.get("/stock/BOPLA-4");
        assertThat(json(stored).get("onHand").asLong()).isEqualTo(4);
        assertThat(stored.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aPatchCannotMoveAProductToAnotherSku() {
        String etag = shop.createProduct("BOPLA-5");

        var response = shop.send(shop.asManager("PATCH", "/products/BOPLA-5", "{\"sku\": \"BOPLA-6\"}")
                .header("If-Match", etag));

        assertRefusedNaming(response, "sku");
        assertThat(shop.get("/products/BOPLA-6").statusCode()).isEqualTo(404);
        assertThat(json(shop.get("/products/BOPLA-5")).get("sku").asText()).isEqualTo("BOPLA-5");
    }

    @Test
    void unknownPropertiesAreRefusedNotIgnored() {
        var response = shop.send(shop.asManager("PUT", "/products/BOPLA-7",
                withField(ShopClient.productJson("BOPLA-7", 500), "\"featured\": true")));

        assertRefusedNaming(response, "featured");
        assertThat(shop.get("/products/BOPLA-7").statusCode()).isEqualTo(404);
    }

    private static String withField(String jsonObject, String member) {
        return "{" + member + ", " + jsonObject.substring(jsonObject.indexOf('{') + 1);
    }

    private static void assertRefusedNaming(HttpResponse<String> response, String field) {
        var problem = assertProblem(response, 400);
        assertThat(problem.path("violations").findValuesAsText("field")).contains(field);
    }
}
